#include "overviewpage.h"

#include "rulesetdialog.h"
#include "ruletablemodel.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "stores/rulestore.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

OverviewPage::OverviewPage(Database* database, bool temporary, const Session* session,
                           QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_file(valueLabel(QStringLiteral("overviewFile")))
    , m_encryption(valueLabel(QStringLiteral("overviewEncryption")))
    , m_schema(valueLabel(QStringLiteral("overviewSchema")))
    , m_size(valueLabel(QStringLiteral("overviewSize")))
    , m_rulesStack(new QStackedWidget)
    , m_rulesView(new QTableView)
    , m_rules(new RuleTableModel(this))
    , m_upcoming(new QLabel)
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
    m_upcoming->setObjectName(QStringLiteral("rulesUpcoming"));
    m_upcoming->setWordWrap(true);
    rulesLayout->addWidget(m_upcoming);
    if (m_session && Permissions::allows(*m_session, Action::SettingsEdit)) {
        auto* row = new QHBoxLayout;
        m_rulesStatus = new QLabel;
        m_rulesStatus->setObjectName(QStringLiteral("rulesStatus"));
        m_rulesStatus->setWordWrap(true);
        row->addWidget(m_rulesStatus, 1);
        m_editRules = new QPushButton(tr("New version of a rule set…"));
        m_editRules->setObjectName(QStringLiteral("editRules"));
        m_editRules->setToolTip(tr("Change rules from a day on; the change is kept with its "
                                   "reason and audited"));
        connect(m_editRules, &QPushButton::clicked, this, &OverviewPage::editRules);
        row->addWidget(m_editRules);
        rulesLayout->addLayout(row);
    }
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

    QStringList coming;
    for (const RuleSetVersion& v : RuleStore(m_database->connection()).upcoming())
        coming << tr("%1, version %2, from %3")
                      .arg(RuleTableModel::ruleSetLabel(v.name))
                      .arg(v.version)
                      .arg(v.effectiveFrom.toString(Qt::ISODate));
    m_upcoming->setText(coming.isEmpty()
                            ? QString()
                            : tr("Published, not yet in force: %1.").arg(coming.join(tr("; "))));
    m_upcoming->setVisible(!coming.isEmpty());
}

void OverviewPage::editRules()
{
    if (!m_database || !m_session || !m_rulesStatus)
        return;
    const QModelIndex current = m_rulesView->currentIndex();
    const QString set = current.isValid() ? m_rules->ruleSetName(current.row()) : QString();
    RuleSetDialog dialog(m_database->connection(), *m_session, set, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rulesStatus->setText(tr("Version %1 of %2 takes effect on %3.")
                               .arg(dialog.publishedVersion())
                               .arg(RuleTableModel::ruleSetLabel(dialog.ruleSet()),
                                    dialog.effectiveFrom().toString(Qt::ISODate)));
    refresh();
}

} // namespace rmdesk
