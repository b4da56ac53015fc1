#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace rmdesk {

class SqlCipherDriver;

// One prepared SQLCipher statement. Forward-only queries hold just the current row; random-access
// queries keep the rows read so far so that seek(), previous() and last() work (SQLite itself can
// only step forward).
class SqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    // Releases the statement; called by the driver before the connection closes.
    void finalize();

protected:
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Error };
    const SqlCipherDriver* cipherDriver() const;
    void clearRows();
    bool bindAll();
    Step step();
    bool readNextRow();
    QVariant columnValue(int column) const;
    const QVariantList* currentRow() const;

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QMetaType> m_columnTypes;
    QList<QVariantList> m_rows; // random access: every row read; forward-only: the current row
    bool m_pendingRow = false;  // exec() already stepped onto the first row
    bool m_done = false;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
    bool m_hasInsertId = false;
};

} // namespace rmdesk
