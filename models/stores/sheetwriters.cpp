// The CSV and XLSX files of a customer export (CustomerExport decides what goes in them).
#include "sheetwriters.h"

#include "stores/csvtable.h"
#include "stores/customerexport.h"
#include "stores/xlsxcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <unistd.h>

#include <cstdio>

namespace rmdesk {

namespace {

// Columns written as text in XLSX even when they look like numbers, so Excel keeps leading zeros
// and all 18 digits of an ID number; they also get the "@" (text) number format.
const QStringList textColumns = {QStringLiteral("id_number"), QStringLiteral("mobile"),
                                 QStringLiteral("phones")};
// Excel's limit on the characters of one cell.
constexpr int XlsxMaxCellChars = 32767;
// Bytes of CSV kept before they are handed to the file.
constexpr int CsvFlushBytes = 1 << 20;

} // namespace

QString cannotWrite(const QString& fileName, const QString& why)
{
    return CustomerExport::tr("%1 could not be written (%2). Check that its folder exists, that "
                              "you may write there and that the disk has room.")
        .arg(QDir::toNativeSeparators(fileName), why);
}

namespace {

class CsvWriter : public SheetWriter
{
public:
    explicit CsvWriter(const QString& fileName)
        : m_file(fileName)
    {}
    bool open(QString* error) override
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            *error = cannotWrite(m_file.fileName(), m_file.errorString());
            return false;
        }
        // Customer data: for the person who exported it only.
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_buffer.reserve(CsvFlushBytes + 4096);
        m_buffer.append("\xEF\xBB\xBF");
        return true;
    }
    bool writeRow(const QStringList& cells) override
    {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += CsvTable::field(cells.at(i));
        }
        line += QLatin1String("\r\n");
        m_buffer.append(line.toUtf8());
        return m_buffer.size() < CsvFlushBytes || flush();
    }
    bool finish(QString* error) override
    {
        if (!flush() || !m_file.flush()) {
            *error = cannotWrite(m_file.fileName(), CustomerExport::tr("the disk may be full"));
            return false;
        }
        return true;
    }
    bool commit(QString* error) override
    {
        if (!m_file.commit()) {
            *error = cannotWrite(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }
    void discard() override
    {
        if (!m_file.isOpen())
            return;
        m_file.cancelWriting();
        m_file.commit(); // after cancelWriting: removes the temporary file, writes nothing
    }

private:
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

class XlsxWriter : public SheetWriter
{
public:
    XlsxWriter(const QString& fileName, const QStringList& columns)
        : m_target(QFileInfo(fileName).absoluteFilePath())
        , m_columns(columns)
    {
        m_part =
            m_target + QStringLiteral(".part-%1")
                           .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        m_folder = QFile::encodeName(QFileInfo(m_target).absolutePath());
    }
    ~XlsxWriter() override { discard(); }

    bool open(QString* error) override
    {
        // The zip is written only at the end: find out now whether the folder takes a file.
        QFile probe(m_part);
        // Owner-only before a byte is in it; libxlsxwriter later rewrites it in place.
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = cannotWrite(m_target, probe.errorString());
            return false;
        }
        probe.close();
        // Rows go to an unlinked temporary file in the target's folder (never /tmp), then into
        // the zip; the parts libxlsxwriter assembles use the same folder.
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_folder.data();
        const QByteArray part = QFile::encodeName(m_part);
        m_book = workbook_new_opt(part.constData(), &options);
        m_sheet = m_book ? workbook_add_worksheet(m_book, nullptr) : nullptr;
        if (!m_sheet) {
            *error = cannotWrite(m_target, CustomerExport::tr("the spreadsheet could not start"));
            discard();
            return false;
        }
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_text = workbook_add_format(m_book);
        format_set_num_format(m_text, "@");
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "#,##0.00");
        worksheet_freeze_panes(m_sheet, 1, 0);
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QString& name = m_columns.at(c);
            lxw_format* format = textColumns.contains(name) ? m_text : nullptr;
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widthOf(name), format);
        }
        return true;
    }
    bool writeRow(const QStringList& cells) override
    {
        const bool header = m_row == 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString& cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            const QString& column = m_columns.at(c);
            const auto col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            if (!header && column == QLatin1String("id")) {
                e = worksheet_write_number(m_sheet, m_row, col, cell.toDouble(), nullptr);
            } else if (!header && column == QLatin1String("aum_yuan")) {
                e = worksheet_write_number(m_sheet, m_row, col, cell.toDouble(), m_money);
            } else {
                const QByteArray utf8 = cell.left(XlsxMaxCellChars).toUtf8();
                lxw_format* format = header                         ? m_bold
                                     : textColumns.contains(column) ? m_text
                                                                    : nullptr;
                e = worksheet_write_string(m_sheet, m_row, col, utf8.constData(), format);
            }
            if (e != LXW_NO_ERROR) {
                m_problem = QString::fromUtf8(lxw_strerror(e));
                return false;
            }
        }
        ++m_row;
        return true;
    }
    bool finish(QString* error) override
    {
        if (!m_problem.isEmpty()) {
            *error = cannotWrite(m_target, m_problem);
            return false;
        }
        // libxlsxwriter holds the last row until it closes and never checks the writes of its
        // row file: write the row now, then ask the file whether everything reached the disk.
        lxw_worksheet_write_single_row(m_sheet);
        FILE* rows = m_sheet->optimize_tmpfile;
        if (!rows || std::fflush(rows) != 0 || std::ferror(rows)) {
            *error = cannotWrite(m_target, CustomerExport::tr("the disk may be full"));
            return false;
        }
        const lxw_error e = workbook_close(m_book); // writes the zip and frees the workbook
        m_book = nullptr;
        m_sheet = nullptr;
        if (e != LXW_NO_ERROR) {
            *error = cannotWrite(m_target, QString::fromUtf8(lxw_strerror(e)));
            return false;
        }
        // Closing copies the rows into another unchecked file before zipping them: read the
        // sheet back.
        QString why;
        if (!xlsxSheetComplete(m_part, QStringLiteral("xl/worksheets/sheet1.xml"), m_row, &why)) {
            *error = cannotWrite(m_target, CustomerExport::tr("the disk may be full"));
            return false;
        }
        // On the disk, not only in the page cache, before it takes the target's name.
        QFile written(m_part);
        if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0) {
            *error = cannotWrite(m_target, CustomerExport::tr("the disk may be full"));
            return false;
        }
        return true;
    }
    bool commit(QString* error) override
    {
        if (std::rename(QFile::encodeName(m_part).constData(),
                        QFile::encodeName(m_target).constData()) != 0) {
            *error = cannotWrite(m_target, CustomerExport::tr("it could not be renamed"));
            return false;
        }
        m_committed = true;
        return true;
    }
    void discard() override
    {
        if (m_book)
            lxw_workbook_free(m_book); // closes (and so removes) the unlinked row file
        m_book = nullptr;
        m_sheet = nullptr;
        if (!m_committed)
            QFile::remove(m_part);
    }

private:
    static double widthOf(const QString& column)
    {
        static const QHash<QString, double> widths = {
            {QStringLiteral("id"), 10},         {QStringLiteral("type"), 11},
            {QStringLiteral("name"), 18},       {QStringLiteral("id_number"), 21},
            {QStringLiteral("mobile"), 14},     {QStringLiteral("phones"), 20},
            {QStringLiteral("email"), 24},      {QStringLiteral("address"), 32},
            {QStringLiteral("notes"), 32},      {QStringLiteral("tags"), 16},
            {QStringLiteral("contacts"), 20},   {QStringLiteral("registered_address"), 32},
            {QStringLiteral("aum_yuan"), 16},   {QStringLiteral("employer"), 20},
            {QStringLiteral("risk_level"), 10}, {QStringLiteral("gender"), 8}};
        return widths.value(column, 13);
    }

    QString m_target;
    QString m_part;
    QByteArray m_folder;
    QStringList m_columns;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_money = nullptr;
    lxw_row_t m_row = 0;
    QString m_problem;
    bool m_committed = false;
};

} // namespace

std::unique_ptr<SheetWriter> makeCsvWriter(const QString& fileName)
{
    return std::make_unique<CsvWriter>(fileName);
}

std::unique_ptr<SheetWriter> makeXlsxWriter(const QString& fileName, const QStringList& columns)
{
    return std::make_unique<XlsxWriter>(fileName, columns);
}

} // namespace rmdesk
