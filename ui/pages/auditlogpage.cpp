#include "auditlogpage.h"

#include "auditlogmodel.h"
#include "dialogs.h"
#include "security/vault.h"
#include "stores/audittrail.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rmdesk {

AuditLogPage::AuditLogPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new AuditLogModel(this))
    , m_sinceCheck(new QCheckBox(tr("&Since:")))
    , m_since(new QDateEdit(QDate::currentDate().addDays(-30)))
    , m_user(new QLineEdit)
    , m_action(new QComboBox)
    , m_limit(new QSpinBox)
    , m_view(new QTableView)
    , m_stack(new QStackedWidget)
    , m_count(new QLabel)
    , m_verifyResult(new QLabel)
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Audit log"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_sinceCheck->setObjectName(QStringLiteral("sinceCheck"));
    m_since->setObjectName(QStringLiteral("sinceDate"));
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setPlaceholderText(tr("Any user"));
    m_user->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setEditable(true);
    m_action->addItem(QString());
    m_action->addItems({QStringLiteral("login"), QStringLiteral("login.failed"),
                        QStringLiteral("login.recovery"), QStringLiteral("logout"),
                        QStringLiteral("user.add"), QStringLiteral("user.disable"),
                        QStringLiteral("user.enable"), QStringLiteral("user.reset_password"),
                        QStringLiteral("user.change_password"), QStringLiteral("key.rekey"),
                        QStringLiteral("backup.create"), QStringLiteral("database.create"),
                        QStringLiteral("unmask"), QStringLiteral("customer.search"),
                        QStringLiteral("customer.export"), QStringLiteral("customer.import")});
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->setMinimumContentsLength(18);
    m_limit->setObjectName(QStringLiteral("limitSpin"));
    m_limit->setRange(1, 100000);
    m_limit->setValue(1000);
    m_limit->setSingleStep(100);
    m_limit->setToolTip(tr("The newest rows are shown, at most this many."));
    auto* apply = new QPushButton(tr("&Show"));
    apply->setObjectName(QStringLiteral("refreshButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_sinceCheck);
    filters->addWidget(m_since);
    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    filters->addWidget(userLabel);
    filters->addWidget(m_user, 1);
    auto* actionLabel = new QLabel(tr("&Action:"));
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action, 1);
    auto* limitLabel = new QLabel(tr("At &most:"));
    limitLabel->setBuddy(m_limit);
    filters->addWidget(limitLabel);
    filters->addWidget(m_limit);
    filters->addWidget(apply);
    layout->addLayout(filters);

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    auto* empty = new QLabel(tr("No audit rows match these filters. Every sign-in and every "
                                "change is recorded here; widen the filters to see more."));
    empty->setObjectName(QStringLiteral("auditEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    auto* bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("auditCount"));
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    bottom->addWidget(m_verifyResult, 2);
    auto* verifyButton = new QPushButton(tr("&Verify chain"));
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    verifyButton->setToolTip(
        tr("Recomputes every row's hash and checks that no row was changed, inserted or removed."));
    bottom->addWidget(verifyButton);
    auto* anchorButton = new QPushButton(tr("Copy a&nchor"));
    anchorButton->setObjectName(QStringLiteral("copyAnchorButton"));
    anchorButton->setToolTip(tr("Copies the newest row's number and hash. Kept outside RM Desk (in "
                                "a report or a ticket), it shows later whether the trail was "
                                "written again."));
    bottom->addWidget(anchorButton);
    auto* checkButton = new QPushButton(tr("Check anc&hor…"));
    checkButton->setObjectName(QStringLiteral("checkAnchorButton"));
    checkButton->setToolTip(tr("Verifies the chain and that a kept anchor's row is still there "
                               "with the same hash."));
    bottom->addWidget(checkButton);
    layout->addLayout(bottom);

    connect(m_sinceCheck, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(apply, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogPage::refresh);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, &AuditLogPage::refresh);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::refresh);
    connect(m_sinceCheck, &QCheckBox::toggled, this, &AuditLogPage::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(anchorButton, &QPushButton::clicked, this, &AuditLogPage::copyAnchor);
    connect(checkButton, &QPushButton::clicked, this, &AuditLogPage::checkAnchor);
    refresh();
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void AuditLogPage::refresh()
{
    AuditFilter filter;
    if (m_sinceCheck->isChecked())
        filter.since = m_since->date().startOfDay();
    filter.userName = m_user->text().trimmed();
    filter.action = m_action->currentText().trimmed();
    filter.limit = m_limit->value();
    QString error;
    if (!m_model->refresh(m_vault.database().connection(), filter, &error)) {
        m_count->setText(error);
    } else {
        const int rows = m_model->rowCount();
        m_count->setText(
            rows >= filter.limit
                ? tr("The newest %1 rows (raise the limit to see older ones)").arg(rows)
                : tr("%n row(s)", nullptr, rows));
    }
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    m_view->resizeColumnsToContents();
    const int maxWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_view->columnWidth(c) > maxWidth)
            m_view->setColumnWidth(c, maxWidth);
}

void AuditLogPage::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditVerification v = AuditTrail::verify(m_vault.database().connection());
    QApplication::restoreOverrideCursor();
    showVerification(v, 0);
}

void AuditLogPage::copyAnchor()
{
    QString why;
    const auto head = AuditTrail::head(m_vault.database().connection(), &why);
    if (!head || head->id == 0) {
        showResult(Result::Bad, head ? tr("The audit trail has no rows yet.") : why);
        return;
    }
    QGuiApplication::clipboard()->setText(head->text());
    showResult(Result::Neutral,
               tr("Anchor of row %1 (written %2) copied: %3…. Keep it outside RM Desk; \"Check "
                  "anchor…\" compares it later.")
                   .arg(head->id)
                   .arg(QDateTime::fromString(head->at, Qt::ISODateWithMs)
                            .toLocalTime()
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(head->text().left(QString::number(head->id).size() + 13)));
}

void AuditLogPage::checkAnchor()
{
    const QString text =
        Dialogs::askText(this, tr("Check a kept anchor"),
                         tr("The anchor as it was copied (row number, colon, hash):"), 1,
                         QStringLiteral("1234:9f86d081884c7d65…"));
    if (text.isEmpty())
        return;
    const auto anchor = AuditAnchor::parse(text);
    if (!anchor) {
        showResult(Result::Bad, tr("✖ That is not an anchor: a row number, a colon and 64 "
                                   "hexadecimal characters, as \"Copy anchor\" gives them."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditVerification v = AuditTrail::verify(m_vault.database().connection(), {*anchor});
    QApplication::restoreOverrideCursor();
    showVerification(v, 1);
}

void AuditLogPage::showVerification(const AuditVerification& v, int anchors)
{
    if (v.ok)
        showResult(Result::Good,
                   anchors > 0 ? tr("✔ Intact: all %n row(s) link up, none was changed, and the "
                                    "kept anchor matches.",
                                    nullptr, int(v.rowsChecked))
                               : tr("✔ Intact: all %n row(s) link up and none was changed.",
                                    nullptr, int(v.rowsChecked)));
    else
        showResult(Result::Bad,
                   v.firstBrokenId > 0
                       ? tr("✖ Broken at row %1. %2").arg(v.firstBrokenId).arg(v.problem)
                       : tr("✖ %1").arg(v.problem));
}

void AuditLogPage::showResult(Result result, const QString& text)
{
    QPalette p = palette();
    if (result == Result::Good)
        p.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    else if (result == Result::Bad)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_verifyResult->setPalette(p);
    m_verifyResult->setText(text);
}

} // namespace rmdesk
