#include "overviewpage.h"

#include "ruletablemodel.h"
#include "storage/database.h"
#include "stores/rulestore.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewPage::OverviewPage(Database* database, bool temporary, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_file(valueLabel(QStringLiteral("overviewFile")))
    , m_encryption(valueLabel(QStringLiteral("overviewEncryption")))
    , m_schema(valueLabel(QStringLiteral("overviewSchema")))
    , m_size(valueLabel(QStringLiteral("overviewSize")))
    , m_rulesStack(new QStackedWidget)
    , m_rulesView(new QTableView)
    , m_rules(new RuleTableModel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("Overview"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    if (temporary) {
        auto* note = new QLabel(tr("This is a temporary database for trying RM Desk. It is "
                                   "encrypted with a key held only in memory and is deleted when "
                                   "you close the window."));
        note->setObjectName(QStringLiteral("temporaryNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto* dbBox = new QGroupBox(tr("Database"));
    auto* form = new QFormLayout(dbBox);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Encryption:"), m_encryption);
    form->addRow(tr("Schema version:"), m_schema);
    form->addRow(tr("Size on disk:"), m_size);
    layout->addWidget(dbBox);

    auto* rulesBox = new QGroupBox(tr("Rules in force today"));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    m_rulesView->setModel(m_rules);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rulesView->horizontalHeader()->setStretchLastSection(true);
    m_rulesView->setAlternatingRowColors(true);
    auto* empty = new QLabel(tr("No rules are in force. Rule sets come with the database; if this "
                                "list stays empty, the database may be incomplete: run "
                                "\"rmdesk-cli check\"."));
    empty->setObjectName(QStringLiteral("rulesEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_rulesStack->addWidget(m_rulesView);
    m_rulesStack->addWidget(empty);
    rulesLayout->addWidget(m_rulesStack);
    layout->addWidget(rulesBox, 1);

    refresh();
}

void OverviewPage::refresh()
{
    if (!m_database) {
        m_file->setText(tr("No database is open."));
        m_rules->setRules({});
        m_rulesStack->setCurrentIndex(1);
        return;
    }
    const QFileInfo file(m_database->path());
    m_file->setText(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_encryption->setText(
        tr("SQLCipher %1, AES-256 with a random 256-bit key").arg(m_database->cipherVersion()));
    m_schema->setText(QString::number(m_database->schemaVersion()));
    qint64 bytes = file.size();
    for (const QString& sibling : Database::siblingFiles(file.absoluteFilePath()))
        bytes += QFileInfo(sibling).size();
    m_size->setText(QLocale().formattedDataSize(bytes));

    m_rules->setRules(RuleStore(m_database->connection()).rulesInForce(QDate::currentDate()));
    m_rulesView->resizeColumnsToContents();
    m_rulesStack->setCurrentIndex(m_rules->rowCount() > 0 ? 0 : 1);
}

} // namespace rmdesk
