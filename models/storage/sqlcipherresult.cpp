#include "sqlcipherresult.h"

#include "sqlcipherdriver.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

namespace rmdesk {

namespace {

QMetaType metaTypeForColumn(sqlite3_stmt* stmt, int column)
{
    const char* declared = sqlite3_column_decltype(stmt, column);
    return metaTypeForDeclaredType(QString::fromUtf8(declared ? declared : ""));
}

QString fromUtf16(const void* text, int bytes)
{
    return QString(reinterpret_cast<const QChar*>(text), bytes / int(sizeof(QChar)));
}

bool isNullValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* stmt, int pos, const QString& text)
{
    return sqlite3_bind_text16(stmt, pos, text.utf16(), int(text.size() * sizeof(QChar)),
                               SQLITE_TRANSIENT);
}

int bindVariant(sqlite3_stmt* stmt, int pos, const QVariant& v)
{
    if (isNullValue(v))
        return sqlite3_bind_null(stmt, pos);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, pos, v.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return bindText(stmt, pos, QString::number(u));
        return sqlite3_bind_int64(stmt, pos, qint64(u));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, pos, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        return sqlite3_bind_blob64(stmt, pos, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QDate:
        return bindText(stmt, pos, v.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(stmt, pos, v.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return bindText(stmt, pos, v.toDateTime().toString(Qt::ISODateWithMs));
    default:
        return bindText(stmt, pos, v.toString());
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{
    driver->rememberResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (const SqlCipherDriver* d = cipherDriver())
        d->forgetResult(this);
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

void SqlCipherResult::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    clearRows();
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_pendingRow = false;
    m_done = false;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_record.clear();
    m_columnTypes.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    const SqlCipherDriver* d = cipherDriver();
    sqlite3* db = d ? d->connection() : nullptr;
    if (!db) {
        setLastError(QSqlError(tr("Unable to prepare statement"), tr("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }
    const void* tail = nullptr;
    const int rc =
        sqlite3_prepare16_v2(db, query.utf16(), int(query.size() * sizeof(QChar)), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(db, tr("Unable to prepare statement"), QSqlError::StatementError));
        finalize();
        return false;
    }
    // Anything after the first statement must be empty (whitespace or comments only).
    if (tail) {
        const auto used = (static_cast<const ushort*>(tail) - query.utf16());
        const QString rest = query.mid(used);
        sqlite3_stmt* extra = nullptr;
        sqlite3_prepare16_v2(db, rest.utf16(), int(rest.size() * sizeof(QChar)), &extra, nullptr);
        if (extra) {
            sqlite3_finalize(extra);
            setLastError(QSqlError(tr("Unable to execute multiple statements at a time"),
                                   tr("Only one statement per query is allowed."),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            finalize();
            return false;
        }
    }
    if (m_stmt) {
        const int columns = sqlite3_column_count(m_stmt);
        for (int c = 0; c < columns; ++c) {
            const QMetaType type = metaTypeForColumn(m_stmt, c);
            const void* table = sqlite3_column_table_name16(m_stmt, c);
            const auto* name = static_cast<const char16_t*>(sqlite3_column_name16(m_stmt, c));
            QSqlField field(QString::fromUtf16(name), type,
                            table ? QString::fromUtf16(static_cast<const char16_t*>(table))
                                  : QString());
            m_record.append(field);
            m_columnTypes.append(type);
        }
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QVariantList& values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(tr("Parameter count mismatch"),
                               tr("The statement has %1 placeholders but %2 values were bound.")
                                   .arg(expected)
                                   .arg(values.size()),
                               QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bindVariant(m_stmt, i + 1, values.at(i)) != SQLITE_OK) {
            setLastError(sqliteError(cipherDriver()->connection(), tr("Unable to bind parameters"),
                                     QSqlError::StatementError));
            return false;
        }
    }
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    setLastError(sqliteError(cipherDriver()->connection(), tr("Unable to fetch row"),
                             QSqlError::StatementError,
                             sqlite3_extended_errcode(cipherDriver()->connection())));
    sqlite3_reset(m_stmt);
    return Step::Error;
}

bool SqlCipherResult::exec()
{
    clearRows();
    m_rowsAffected = -1;
    m_hasInsertId = false;
    setAt(QSql::BeforeFirstRow);
    if (!m_stmt) {
        // An empty statement (only whitespace or comments) succeeds and returns nothing.
        if (lastError().type() == QSqlError::NoError && cipherDriver() &&
            cipherDriver()->connection()) {
            setSelect(false);
            setActive(true);
            return true;
        }
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindAll()) {
        setActive(false);
        return false;
    }
    sqlite3* db = cipherDriver()->connection();
    const qint64 changesBefore = sqlite3_total_changes64(db);
    switch (step()) {
    case Step::Row:
        m_pendingRow = true;
        break;
    case Step::Done:
        m_done = true;
        break;
    case Step::Error: {
        QSqlError err = lastError();
        // Without a driver text the message is already a sentence for the user (sqliteError).
        setLastError(
            QSqlError(err.driverText().isEmpty() ? QString() : tr("Unable to execute statement"),
                      err.databaseText(), QSqlError::StatementError, err.nativeErrorCode()));
        setActive(false);
        return false;
    }
    }
    const bool select = sqlite3_column_count(m_stmt) > 0;
    setSelect(select);
    if (!select) {
        m_rowsAffected = sqlite3_total_changes64(db) > changesBefore ? sqlite3_changes(db) : 0;
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        m_hasInsertId = m_rowsAffected > 0;
    }
    setLastError(QSqlError());
    setActive(true);
    return true;
}

QVariant SqlCipherResult::columnValue(int c) const
{
    switch (sqlite3_column_type(m_stmt, c)) {
    case SQLITE_INTEGER:
        // Integers stay exact whatever the precision policy (which is about floating point).
        return qlonglong(sqlite3_column_int64(m_stmt, c));
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, c);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(v);
        case QSql::LowPrecisionInt64:
            return qlonglong(v);
        default:
            return v;
        }
    }
    case SQLITE_TEXT:
        return fromUtf16(sqlite3_column_text16(m_stmt, c), sqlite3_column_bytes16(m_stmt, c));
    case SQLITE_BLOB: {
        const void* blob = sqlite3_column_blob(m_stmt, c);
        return QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(m_stmt, c));
    }
    default:
        return QVariant(m_columnTypes.value(c));
    }
}

bool SqlCipherResult::readNextRow()
{
    if (!m_stmt || m_done)
        return false;
    if (m_pendingRow) {
        m_pendingRow = false;
    } else {
        const Step s = step();
        if (s != Step::Row) {
            m_done = true;
            return false;
        }
    }
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c)
        row.append(columnValue(c));
    if (isForwardOnly()) {
        m_rows.clear();
        m_rows.append(std::move(row));
    } else {
        m_rows.append(std::move(row));
    }
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow || index < at())
            return false;
        while (at() < index) {
            if (!readNextRow())
                return false;
            setAt(at() + 1);
        }
        return true;
    }
    while (m_rows.size() <= index) {
        if (!readNextRow())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow)
            return false;
        bool any = at() >= 0;
        while (readNextRow()) {
            setAt(at() + 1);
            any = true;
        }
        return any;
    }
    while (readNextRow()) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size()) - 1);
    return true;
}

const QVariantList* SqlCipherResult::currentRow() const
{
    if (at() < 0 || m_rows.isEmpty())
        return nullptr;
    if (isForwardOnly())
        return &m_rows.first();
    return at() < m_rows.size() ? &m_rows.at(at()) : nullptr;
}

QVariant SqlCipherResult::data(int index)
{
    const QVariantList* row = currentRow();
    if (!row || index < 0 || index >= row->size())
        return QVariant();
    return row->at(index);
}

bool SqlCipherResult::isNull(int index)
{
    const QVariantList* row = currentRow();
    if (!row || index < 0 || index >= row->size())
        return true;
    return row->at(index).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    // QSqlQuery::record() fills in the current row's values itself.
    return m_stmt ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_hasInsertId ? QVariant(qlonglong(m_lastInsertId)) : QVariant();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_pendingRow = false;
    m_done = true;
}

} // namespace rmdesk
