#include "dashboardframe.h"

#include "customerui.h"
#include "dialogs.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "storage/ownerfile.h"
#include "stores/audittrail.h"
#include "stores/customerlisting.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rmdesk {

DashboardFrame::DashboardFrame(QWidget* view, const QString& prefix, Vault& vault)
    : QObject(view)
    , m_view(view)
    , m_vault(vault)
    , m_row(new QHBoxLayout)
    , m_stack(new QStackedWidget)
    , m_empty(CustomerUi::makeEmptyLabel(prefix + QStringLiteral("Empty"), QString()))
    , m_prefix(prefix)
{
    auto* layout = new QVBoxLayout(view);
    auto* bar = new QWidget;
    bar->setLayout(m_row);
    m_row->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    m_stack->setObjectName(prefix + QStringLiteral("Stack"));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(prefix + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentIndex(1);
    layout->addWidget(m_stack, 1);
}

std::pair<QLabel*, QComboBox*> DashboardFrame::addCombo(const QString& objectName,
                                                        const QString& caption)
{
    auto* label = new QLabel(caption);
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(combo);
    m_row->addWidget(label);
    m_row->addWidget(combo);
    return {label, combo};
}

std::pair<QComboBox*, QComboBox*> DashboardFrame::addScopeFilters()
{
    const Scope scope = Permissions::scope(m_vault.session().role, Action::DashboardRead);
    const auto [branchLabel, branch] =
        addCombo(m_prefix + QStringLiteral("Branch"), tr("&Branch:"));
    m_branch = branch;
    m_branch->addItem(tr("All branches"), QString());
    CustomerListing listing(m_vault.database().connection(), m_vault.session());
    for (const auto& [code, name] : listing.branchChoices())
        m_branch->addItem(QStringLiteral("%1 %2").arg(code, name), code);
    branchLabel->setVisible(scope == Scope::All);
    m_branch->setVisible(scope == Scope::All);
    const auto [rmLabel, rm] = addCombo(m_prefix + QStringLiteral("Rm"), tr("&RM:"));
    m_rm = rm;
    fillRms();
    rmLabel->setVisible(scope != Scope::Own);
    m_rm->setVisible(scope != Scope::Own);
    return {m_branch, m_rm};
}

void DashboardFrame::fillRms()
{
    const QSignalBlocker block(m_rm);
    const QString current = m_rm->currentData().toString();
    m_rm->clear();
    m_rm->addItem(tr("All RMs"), QString());
    CustomerListing listing(m_vault.database().connection(), m_vault.session());
    for (const QString& name : listing.rmChoices(m_branch->currentData().toString()))
        m_rm->addItem(name, name);
    m_rm->setCurrentIndex(qMax(0, m_rm->findData(current)));
}

void DashboardFrame::finishFilters(const std::function<QString()>& baseName,
                                   const std::function<Writer(Format)>& writer)
{
    m_baseName = baseName;
    m_writer = writer;
    m_busy = new QProgressBar;
    m_busy->setObjectName(m_prefix + QStringLiteral("Busy"));
    m_busy->setRange(0, 0); // no steps to count: it moves while the figures are worked out
    m_busy->setFormat(tr("Working out the figures…"));
    m_busy->setTextVisible(true);
    m_busy->setMaximumWidth(m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_busy->setVisible(false);
    m_row->addStretch(1);
    m_row->addWidget(m_busy);
    const struct
    {
        Format format;
        QString text;
        const char* name;
        QString tip;
    } buttons[] = {
        {Png, tr("Save as &PNG…"), "SavePng", tr("Save a picture of the dashboard as it is shown")},
        {Csv, tr("Save numbers as &CSV…"), "SaveCsv",
         tr("Save every number of the dashboard as a table for Excel")},
        {Pdf, tr("Save as P&DF…"), "SavePdf",
         tr("Save the dashboard as a PDF report with its period and filters on every page")},
    };
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text);
        button->setObjectName(m_prefix + QLatin1String(b.name));
        button->setToolTip(b.tip);
        button->setEnabled(false);
        m_row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, format = b.format] { save(format); });
        m_buttons[b.format] = button;
    }
}

void DashboardFrame::setContent(QWidget* content)
{
    static_cast<QScrollArea*>(m_stack->widget(0))->setWidget(content);
}

void DashboardFrame::setButtonsEnabled(bool on)
{
    for (QPushButton* button : m_buttons)
        if (button)
            button->setEnabled(on);
}

void DashboardFrame::setBusy()
{
    if (m_busy)
        m_busy->setVisible(true);
    setButtonsEnabled(false);
}

void DashboardFrame::showFigures()
{
    if (m_busy)
        m_busy->setVisible(false);
    setButtonsEnabled(true);
    m_stack->setCurrentIndex(0);
}

void DashboardFrame::showEmpty(const QString& why)
{
    if (m_busy)
        m_busy->setVisible(false);
    setButtonsEnabled(false);
    m_empty->setText(why);
    m_stack->setCurrentIndex(1);
}

bool DashboardFrame::figuresShown() const
{
    return m_stack->currentIndex() == 0;
}

QString DashboardFrame::emptyText() const
{
    return m_empty->text();
}

bool DashboardFrame::writeCsv(const QString& fileName, const QString& text)
{
    // Excel reads UTF-8 only with the byte-order mark.
    QString ignored;
    return OwnerOnlyFile::write(fileName, QByteArray("\xEF\xBB\xBF") + text.toUtf8(), &ignored);
}

bool DashboardFrame::writePng(const QString& fileName, QWidget* widget)
{
    QByteArray png;
    QBuffer buffer(&png);
    QString ignored;
    return buffer.open(QIODevice::WriteOnly) && widget->grab().save(&buffer, "PNG") &&
           OwnerOnlyFile::write(fileName, png, &ignored);
}

void DashboardFrame::save(Format format)
{
    struct Kind
    {
        QString title, filter, suffix, failure;
    };
    const Kind kinds[] = {
        {tr("Save the dashboard as a picture"), tr("PNG pictures (*.png)"), QStringLiteral("png"),
         tr("Save as PNG")},
        {tr("Save the dashboard's numbers"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
         tr("Save numbers as CSV")},
        {tr("Save the dashboard as a PDF report"), tr("PDF documents (*.pdf)"),
         QStringLiteral("pdf"), tr("Save as PDF")},
    };
    const Kind& kind = kinds[format];
    const QString name = Dialogs::saveFileName(
        m_view, kind.title, QDir::home().filePath(m_baseName() + QLatin1Char('.') + kind.suffix),
        kind.filter, kind.suffix);
    if (name.isEmpty())
        return;
    QString why;
    if (!m_writer(format)(name, &why)) {
        Dialogs::warn(m_view, kind.failure,
                      why.isEmpty() ? tr("%1 could not be written.").arg(name) : why);
        return;
    }
    // Scores and names of staff: the writers make the file owner-only from its first byte.
    // What was exported, never a figure.
    QSqlDatabase db = m_vault.database().connection();
    const AuditEvent event{QStringLiteral("dashboard.export"), QStringLiteral("dashboard"),
                           m_prefix,
                           QJsonObject{{QStringLiteral("kind"), m_prefix},
                                       {QStringLiteral("format"), kind.suffix},
                                       {QStringLiteral("file"), QFileInfo(name).fileName()}},
                           QString()};
    if (!AuditTrail::recordAlone(db, m_vault.session(), event, &why)) {
        QFile::remove(name);
        Dialogs::warn(m_view, kind.failure,
                      tr("The export could not be recorded in the audit trail, so %1 was removed "
                         "again: %2")
                          .arg(name, why));
    }
}

} // namespace rmdesk
