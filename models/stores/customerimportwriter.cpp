// The writing side of the customer import, and the set of ID numbers its duplicates need.
#include "customerimportwriter.h"

#include "storage/directwrites.h"
#include "storage/indexbuilder.h"
#include "stores/customersearch.h"
#include "stores/customerstore.h"
#include "stores/lifecyclestore.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>

namespace rmdesk {

namespace {

// The page cache while writing (SQLite's default is 2 MiB): a kibibyte per customer in the book
// once the rows are in, between these. For a bulk load, enough for the whole table and its search
// rows, so that each index is built from decrypted pages instead of decrypting the table again
// (measured for 1,000,000 rows into none: the 29 index builds took 25.2 s with 256 MiB, 16.6 s
// with 1 GiB; peak 1.2 GB instead of 450 MB). Into a large book, enough for the index pages the
// new keys land on, which are all over every index: 100,000 rows into 1,000,000 took 33 s with a
// cache sized for the new rows alone (pages read, decrypted, evicted and read again), 13 s so.
constexpr qint64 kCacheMinKiB = 65536;
constexpr qint64 kCacheMaxKiB = 1048576;

// Only this trigger is set aside: it turns a stage of 'new' or 'lost' into 'prospect' or
// 'churned', and an imported customer is inserted as a prospect.
const char* const kStageTrigger = "customers_stage_default";

quint64 packGram(const std::string& gram)
{
    quint64 packed = 0;
    for (std::size_t i = 0; i < gram.size(); ++i)
        packed |= quint64(static_cast<unsigned char>(gram[i])) << (56 - 8 * i);
    return packed;
}

std::string unpackGram(quint64 packed)
{
    std::string gram;
    for (int shift = 56; shift >= 0 && (packed >> shift) & 0xff; shift -= 8)
        gram += char((packed >> shift) & 0xff);
    return gram;
}

} // namespace

bool ImportRow::operator==(const ImportRow& o) const
{
    auto problemsEqual = [](const QList<ImportProblem>& a, const QList<ImportProblem>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].line != b[i].line || a[i].column != b[i].column || a[i].reason != b[i].reason)
                return false;
        return true;
    };
    return line == o.line && problemsEqual(problems, o.problems) && idNumber == o.idNumber &&
           type == o.type && branch == o.branch && due == o.due && rmId == o.rmId &&
           values == o.values && nulls == o.nulls && pinyin == o.pinyin && initials == o.initials &&
           idReversed == o.idReversed && mobile == o.mobile && grams == o.grams;
}

// IdNumberSet: open addressing on a hash of the UTF-8, the text in one arena.

std::size_t IdNumberSet::slotOf(const char* text, std::size_t size) const
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = std::hash<std::string_view>{}(std::string_view(text, size)) & mask;
    for (;;) {
        const quint64 s = m_slots[i];
        if (s == 0)
            return i;
        quint32 length = 0;
        std::memcpy(&length, m_arena.data() + (s - 1), sizeof length);
        if (length == size &&
            std::memcmp(m_arena.data() + (s - 1) + sizeof length, text, size) == 0)
            return i;
        i = (i + 1) & mask;
    }
}

int IdNumberSet::line(const QString& id) const
{
    if (m_count == 0)
        return 0;
    const QByteArray utf8 = id.toUtf8();
    const std::size_t i = slotOf(utf8.constData(), std::size_t(utf8.size()));
    return m_slots[i] ? m_lines[i] : 0;
}

void IdNumberSet::grow()
{
    std::vector<quint64> old(std::max<std::size_t>(1024, m_slots.size() * 2), 0);
    std::vector<int> oldLines(old.size(), 0);
    std::swap(old, m_slots);
    std::swap(oldLines, m_lines);
    for (std::size_t k = 0; k < old.size(); ++k) {
        if (!old[k])
            continue;
        quint32 length = 0;
        std::memcpy(&length, m_arena.data() + (old[k] - 1), sizeof length);
        const std::size_t i = slotOf(m_arena.data() + (old[k] - 1) + sizeof length, length);
        m_slots[i] = old[k];
        m_lines[i] = oldLines[k];
    }
}

void IdNumberSet::insert(const QString& id, int line)
{
    if (std::size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const QByteArray utf8 = id.toUtf8();
    const std::size_t i = slotOf(utf8.constData(), std::size_t(utf8.size()));
    if (m_slots[i])
        return;
    const quint32 length = quint32(utf8.size());
    m_slots[i] = quint64(m_arena.size()) + 1;
    m_lines[i] = line;
    m_arena.append(reinterpret_cast<const char*>(&length), sizeof length);
    m_arena.append(utf8.constData(), std::size_t(utf8.size()));
    ++m_count;
}

// CustomerImportWriter

CustomerImportWriter::CustomerImportWriter(QSqlDatabase db, QDate today, qint64 creatorId)
    : m_db(std::move(db))
    , m_today(today)
    , m_creatorId(creatorId)
{}

CustomerImportWriter::~CustomerImportWriter()
{
    rollback();
}

const QStringList& CustomerImportWriter::columns()
{
    static const QStringList list = [] {
        QStringList c;
        for (const CustomerType t : {CustomerType::Individual, CustomerType::Institution})
            for (const QString& f : CustomerFields::namesFor(t))
                if (!c.contains(f))
                    c << f;
        return c;
    }();
    return list;
}

bool CustomerImportWriter::begin(qint64 expected, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 existing = q.value(0).toLongLong();
    // The setting before the transaction: it does not change inside one.
    m_cacheSize = QStringLiteral("-2000");
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cacheSize = q.value(0).toString();
    m_settingsChanged = true;
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -%1")
                    .arg(std::clamp(expected + existing, kCacheMinKiB, kCacheMaxKiB)))) {
        *error = q.lastError().text();
        restoreSettings();
        return false;
    }
    q.finish(); // no statement may be open when the journal changes
    // Many rows into few: see the indexes below. The pages go straight into the file.
    const bool bulk = expected >= 20000 && expected >= existing;
    if (bulk)
        m_direct.emplace(m_db);
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        m_direct.reset();
        restoreSettings();
        return false;
    }
    m_active = true;
    auto failed = [&](const QString& why) {
        *error = why;
        rollback();
        return false;
    };
    if (expected >= 1000) {
        if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                   "name = '%1'")
                        .arg(QLatin1String(kStageTrigger))))
            return failed(q.lastError().text());
        while (q.next())
            m_triggers << q.value(0).toString();
        if (!m_triggers.isEmpty() &&
            !q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(kStageTrigger))))
            return failed(q.lastError().text());
    }
    // Many rows into few: the indexes are built again once, by sorting, rather than kept up to
    // date row by row (measured: about a third less work for 100,000 rows into none, even for
    // the indexes whose new keys all go to their end; but more than twice the work for 100,000
    // rows into 200,000, where the existing rows must be read again for every index).
    if (bulk) {
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name IN ('customers', 'customer_search', "
                                   "'customer_name_grams') AND sql IS NOT NULL")))
            return failed(q.lastError().text());
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            m_indexes << q.value(1).toString();
        }
        for (const QString& name : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return failed(q.lastError().text());
    }
    // The importing person added every row: one value for all of them, written into the
    // statement (a number) rather than bound again for each row.
    QByteArray sql = "INSERT INTO customers (created_by_id, id, type, branch_code, rm_user_id, "
                     "next_review_due, created_at, updated_at";
    for (const QString& c : columns())
        sql += ", " + c.toLatin1();
    sql += ") VALUES (" + (m_creatorId > 0 ? QByteArray::number(m_creatorId) : "NULL") +
           ", ?, ?, ?, ?, ?, ?, ?" + QByteArray(", ?").repeated(columns().size()) + ')';
    m_customer = std::make_unique<RawStatement>(m_db, sql.constData());
    m_grams = std::make_unique<RawStatement>(
        m_db, "INSERT INTO customer_name_grams (gram, customer_id) VALUES (?, ?)");
    m_search = std::make_unique<RawStatement>(m_db, "INSERT INTO customer_search (customer_id, "
                                                    "pinyin, initials, id_reversed) "
                                                    "VALUES (?, ?, ?, ?)");
    m_mobiles = std::make_unique<RawStatement>(m_db, CustomerSearch::InsertMobileSql);
    for (const auto* s : {&m_customer, &m_grams, &m_search, &m_mobiles})
        if (!(*s)->ok())
            return failed((*s)->error());
    m_at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    m_nextId = CustomerStore::nextCustomerId(m_db);
    return true;
}

bool CustomerImportWriter::insert(const ImportRow& row, QString* error)
{
    const qint64 id = m_nextId++;
    RawStatement& c = *m_customer;
    c.bind(1, id);
    c.bind(2, row.type);
    c.bind(3, row.branch);
    if (row.rmId)
        c.bind(4, row.rmId);
    else
        c.bindNull(4);
    if (row.due.empty())
        c.bindNull(5);
    else
        c.bind(5, row.due);
    c.bind(6, m_at);
    c.bind(7, m_at);
    for (std::size_t k = 0; k < row.values.size(); ++k) {
        if (row.nulls & (quint64(1) << k))
            c.bindNull(int(8 + k));
        else
            c.bind(int(8 + k), row.values[k]);
    }
    if (!c.run()) {
        *error = c.error();
        return false;
    }
    for (const std::string& gram : row.grams) {
        // Packed, it ends at its first zero byte: a gram with one (never from a CSV, which
        // refuses them) goes in as it is.
        if (bulk() && gram.size() <= sizeof(quint64) && gram.find('\0') == std::string::npos) {
            m_grams8.emplace_back(packGram(gram), id);
            continue;
        }
        m_grams->bind(1, gram);
        m_grams->bind(2, id);
        if (!m_grams->run()) {
            *error = m_grams->error();
            return false;
        }
    }
    m_search->bind(1, id);
    m_search->bind(2, row.pinyin);
    m_search->bind(3, row.initials);
    if (row.idReversed.empty())
        m_search->bindNull(4);
    else
        m_search->bind(4, row.idReversed);
    if (!m_search->run()) {
        *error = m_search->error();
        return false;
    }
    if (!row.mobile.empty()) {
        m_mobiles->bind(1, id);
        m_mobiles->bind(2, row.mobile);
        if (!m_mobiles->run()) {
            *error = m_mobiles->error();
            return false;
        }
    }
    return true;
}

bool CustomerImportWriter::finishInserts(QString* error)
{
    // Packed big-endian with zeros after the text, the numbers sort as SQLite's BINARY order
    // sorts the UTF-8 (text holds no zero byte, and a prefix sorts first either way).
    std::sort(m_grams8.begin(), m_grams8.end());
    std::string gram; // bound, not copied: it lives until the step
    for (const auto& [packed, id] : m_grams8) {
        gram = unpackGram(packed);
        m_grams->bind(1, gram);
        m_grams->bind(2, id);
        if (!m_grams->run()) {
            *error = m_grams->error();
            return false;
        }
    }
    m_grams8 = {};
    IndexBuilder builder(m_db, m_indexes);
    for (const QString& sql : std::as_const(m_indexes) + m_triggers)
        if (!builder.create(sql, error))
            return false;
    m_indexes.clear();
    m_triggers.clear();
    return true;
}

bool CustomerImportWriter::commit(QString* error)
{
    m_customer.reset();
    m_grams.reset();
    m_search.reset();
    m_mobiles.reset();
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    m_direct.reset(); // write-ahead logging again
    restoreSettings();
    return true;
}

void CustomerImportWriter::rollback()
{
    m_customer.reset();
    m_grams.reset();
    m_search.reset();
    m_mobiles.reset();
    if (m_active)
        m_db.rollback();
    m_active = false;
    m_direct.reset();
    m_indexes.clear();
    m_triggers.clear();
    m_grams8 = {};
    restoreSettings();
}

void CustomerImportWriter::restoreSettings()
{
    if (!m_settingsChanged)
        return;
    m_settingsChanged = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

} // namespace rmdesk
