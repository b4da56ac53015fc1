#include "assessmentview.h"

#include "assessmentwidgets.h"
#include "backgroundtask.h"
#include "customerui.h"
#include "dashboardframe.h"
#include "dashboardwidgets.h"
#include "domain/retention.h"
#include "domain/satisfaction.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace rmdesk {

namespace {

constexpr int MonthsOffered = 36;
constexpr int QuartersOffered = 12;
constexpr int YearsOffered = 3;

} // namespace

AssessmentView::AssessmentView(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_now(now)
    , m_task(new BackgroundTask(vault.database(), QStringLiteral("assessmentDashboard"), this))
{
    setObjectName(QStringLiteral("assessmentView"));
    m_frame = new DashboardFrame(this, QStringLiteral("assessment"), vault);
    buildFilters();
    m_frame->setContent(buildContent());
}

AssessmentView::~AssessmentView() = default;

bool AssessmentView::isBusy() const
{
    return m_task->isRunning();
}

QDateTime AssessmentView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void AssessmentView::buildFilters()
{
    auto addCombo = [this](const char* name, const QString& caption) {
        return m_frame->addCombo(QLatin1String(name), caption);
    };
    m_kind = addCombo("assessmentKind", tr("&Period:")).second;
    m_kind->addItem(tr("Month"), int(KpiPeriod::Month));
    m_kind->addItem(tr("Quarter"), int(KpiPeriod::Quarter));
    m_kind->addItem(tr("Year"), int(KpiPeriod::Year));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("assessmentPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setAccessibleName(tr("Period"));
    m_frame->filterRow()->addWidget(m_period);
    fillPeriods();
    std::tie(m_branch, m_rm) = m_frame->addScopeFilters();

    m_frame->finishFilters(
        [this] { return tr("assessment-%1").arg(m_data.filter.period.code()); },
        [this](DashboardFrame::Format format) -> DashboardFrame::Writer {
            switch (format) {
            case DashboardFrame::Png:
                return [this](const QString& name, QString*) { return savePng(name); };
            case DashboardFrame::Csv:
                return [this](const QString& name, QString*) { return saveCsv(name); };
            case DashboardFrame::Pdf:
                break;
            }
            return [this](const QString& name, QString* error) { return savePdf(name, error); };
        });

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        refresh();
    });
    for (QComboBox* combo : {m_period, m_rm})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssessmentView::refresh);
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        m_frame->fillRms();
        refresh();
    });
}

QString AssessmentView::periodText(const KpiPeriod& p) const
{
    switch (p.kind) {
    case KpiPeriod::Month:
        return p.code();
    case KpiPeriod::Quarter:
        return tr("%1 Q%2").arg(p.year).arg(p.number);
    case KpiPeriod::Year:
        break;
    }
    return tr("Year %1").arg(p.year);
}

void AssessmentView::fillPeriods()
{
    // The complete periods of the chosen kind, the latest first.
    const QDate today = now().toLocalTime().date();
    KpiPeriod p;
    p.kind = KpiPeriod::Kind(m_kind->currentData().toInt());
    p.year = today.year();
    p.number = p.kind == KpiPeriod::Month     ? today.month()
               : p.kind == KpiPeriod::Quarter ? (today.month() - 1) / 3 + 1
                                              : 0;
    const int offered = p.kind == KpiPeriod::Month     ? MonthsOffered
                        : p.kind == KpiPeriod::Quarter ? QuartersOffered
                                                       : YearsOffered;
    const QSignalBlocker block(m_period);
    m_period->clear();
    for (int i = 0; i < offered; ++i) {
        p = p.previous();
        m_period->addItem(periodText(p), p.code());
    }
    m_period->setCurrentIndex(0);
}

QWidget* AssessmentView::buildContent()
{
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("assessmentContent"));
    m_content->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(m_content);
    m_asOf = new QLabel;
    m_asOf->setObjectName(QStringLiteral("assessmentAsOf"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_asOf->setWordWrap(true);
    layout->addWidget(m_asOf);
    m_tileRow = new QWidget;
    m_tileRow->setObjectName(QStringLiteral("assessmentTiles"));
    auto* tiles = new QHBoxLayout(m_tileRow);
    tiles->setContentsMargins(0, 0, 0, 0);
    for (const auto& [name, caption] : {std::pair{"tileRms", tr("RMs scored")},
                                        {"tileAverage", tr("Average total")},
                                        {"tileOnTime", tr("Complaints decided on time")},
                                        {"tileNps", tr("NPS")},
                                        {"tileEvaluations", tr("Evaluations signed off")},
                                        {"tileMeasures", tr("Open improvement measures")},
                                        {"tileChecks", tr("Identity changes to check")}}) {
        auto* tile = new DashboardTile(QLatin1String(name), caption);
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    layout->addWidget(m_tileRow);
    m_table = new ScorecardTable;
    connect(m_table, &ScorecardTable::rmActivated, this,
            [this](const QString& rm, const QString& branch) {
                CustomerListQuery q;
                q.rmName = rm;
                q.branch = branch;
                emit customersRequested(q);
            });
    layout->addWidget(m_table);
    auto* grid = new QGridLayout;
    m_branchChart =
        DashboardCharts::makeChart(QStringLiteral("branchChart"), tr("Average total by branch"));
    m_onTimeChart =
        DashboardCharts::makeChart(QStringLiteral("onTimeChart"), tr("Complaints decided on time"));
    m_surveyChart = DashboardCharts::makeChart(QStringLiteral("surveyChart"), tr("Survey trend"));
    // One chart a row: twelve month labels fit upright side by side.
    for (QChartView* chart : {m_branchChart, m_onTimeChart, m_surveyChart}) {
        chart->setMinimumHeight(fontMetrics().height() * 20);
        grid->addWidget(chart, grid->rowCount(), 0);
    }
    layout->addLayout(grid, 1);
    return m_content;
}

void AssessmentView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) { // the first time it is seen; later on demand or when a filter changes
        m_shown = true;
        refresh();
    }
}

AssessmentDashboardFilter AssessmentView::filter() const
{
    AssessmentDashboardFilter f;
    if (const auto p = KpiPeriod::parse(m_period->currentData().toString()))
        f.period = *p;
    f.trendFrom = m_trendFrom;
    f.branch = m_branch->currentData().toString();
    f.rm = m_rm->currentData().toString();
    return f;
}

void AssessmentView::setFilter(const AssessmentDashboardFilter& f)
{
    for (QComboBox* combo : {m_kind, m_period, m_branch, m_rm})
        combo->blockSignals(true);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(f.period.kind))));
    fillPeriods();
    if (f.period.year != 0)
        m_period->setCurrentIndex(qMax(0, m_period->findData(f.period.code())));
    m_trendFrom = f.trendFrom;
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(f.branch)));
    m_frame->fillRms();
    m_rm->setCurrentIndex(qMax(0, m_rm->findData(f.rm)));
    for (QComboBox* combo : {m_kind, m_period, m_branch, m_rm})
        combo->blockSignals(false);
    refresh();
}

void AssessmentView::refresh()
{
    m_shown = true;
    m_frame->setBusy();
    auto data = std::make_shared<AssessmentDashboardData>();
    const Session session = m_vault.session();
    const AssessmentDashboardFilter f = filter();
    const QDateTime at = now();
    m_task->run(
        [session, f, at, data](QSqlDatabase db, StoreError* error) {
            *data = AssessmentDashboard::compute(db, session, f, error, at);
        },
        [this, data](const StoreError& error) {
            m_data = *data;
            m_error = error;
            display();
            emit computed();
        });
}

void AssessmentView::display()
{
    const QString period = periodText(m_data.filter.period);
    if (!m_error.ok()) {
        m_frame->showEmpty(m_error.message);
        return;
    }
    if (!m_data.cubeBuilt()) {
        m_frame->showEmpty(tr("No assessment figures yet. Run the monthly stage assessment first "
                              "(rmdesk-cli stage run, by an administrator): it works out the "
                              "figures the scorecards are made of."));
        return;
    }
    if (m_data.scorecards.cards.isEmpty()) {
        const bool anyBranch =
            Permissions::scope(m_vault.session().role, Action::DashboardRead) == Scope::All;
        m_frame->showEmpty(
            anyBranch ? tr("There is no active relationship manager in this scope to assess. "
                           "Choose another branch, or \"All branches\".")
                      : tr("There is no active relationship manager in this scope to assess."));
        return;
    }
    if (m_data.empty()) {
        m_frame->showEmpty(tr("Nothing to assess for %1 in this scope: no scorecard has a value, "
                              "no complaint was due and no survey was answered.")
                               .arg(period));
        return;
    }
    m_frame->showFigures();
    m_asOf->setText(
        tr("%1 · trends %2 to %3 · KPI standards version %4 · figures of the "
           "monthly stage run of %5")
            .arg(period, monthName(m_data.filter.trendFrom), monthName(m_data.trendTo()))
            .arg(m_data.scorecards.standards.version)
            .arg(CustomerUi::localTime(m_data.builtAt)));
    showTiles();
    m_table->setScorecards(m_data.scorecards);
    const int rows = std::min(int(m_data.scorecards.cards.size()), 20);
    // Every row (up to 20) without a vertical scroll bar, room kept for the horizontal one a
    // narrow window needs.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * rows +
                            m_table->horizontalScrollBar()->sizeHint().height() +
                            2 * m_table->frameWidth() + 2);
    AssessmentCharts::showBranches(m_branchChart, m_data);
    AssessmentCharts::showOnTime(m_onTimeChart, m_data.onTime);
    AssessmentCharts::showSurveys(m_surveyChart, m_data.surveys);
}

void AssessmentView::showTiles()
{
    const AssessmentTiles& t = m_data.tiles;
    const int cards = int(m_data.scorecards.cards.size());
    m_tiles[0]->setValue(QLocale().toString(t.rmsScored),
                         tr("of %n RM(s) in scope", nullptr, cards));
    m_tiles[1]->setValue(KpiText::points(t.averageTotal), tr("points out of 100"));
    m_tiles[2]->setValue(KpiText::rate(t.onTimeRate),
                         t.complaintsDue > 0 ? tr("%L1 of %L2 due on time, %L3 late")
                                                   .arg(t.complaintsOnTime)
                                                   .arg(t.complaintsDue)
                                                   .arg(t.complaintsLate)
                                             : tr("no complaint was due"),
                         t.complaintsLate > 0 ? CustomerUi::warningColour() : QColor());
    const QString caution = Satisfaction::caution(t.npsResponses);
    m_tiles[3]->setValue(t.nps ? QLocale().toString(*t.nps, 'f', 1) : QStringLiteral("—"),
                         caution.isEmpty() ? tr("%Ln response(s)", nullptr, t.npsResponses)
                                           : caution,
                         caution.isEmpty() ? QColor() : CustomerUi::warningColour());
    m_tiles[4]->setValue(QLocale().toString(t.evaluationsSignedOff),
                         tr("%Ln in draft", nullptr, t.evaluationsDraft));
    m_tiles[5]->setValue(QLocale().toString(t.measuresOpen),
                         tr("%Ln overdue", nullptr, t.measuresOverdue),
                         t.measuresOverdue > 0 ? CustomerUi::breachedColour() : QColor());
    // Only for those who decide the checks (supervisors, compliance): an RM's changes are
    // checked by others.
    m_tiles[6]->setVisible(t.checksWaiting.has_value());
    m_tiles[6]->setValue(QLocale().toString(t.checksWaiting.value_or(0)),
                         tr("%Ln late", nullptr, t.checksLate),
                         t.checksLate > 0 ? CustomerUi::breachedColour() : QColor());
}

DashboardReportContent AssessmentView::reportContent() const
{
    DashboardReportContent c;
    c.title = tr("Assessment of relationship managers");
    const Session& session = m_vault.session();
    const Scope scope = Permissions::scope(session.role, Action::DashboardRead);
    const QString branch = scope != Scope::All              ? session.branch
                           : m_data.filter.branch.isEmpty() ? tr("All branches")
                                                            : m_branch->currentText();
    const QString rm = scope == Scope::Own          ? session.userName
                       : m_data.filter.rm.isEmpty() ? tr("All RMs")
                                                    : m_data.filter.rm;
    c.header << tr("Period: %1").arg(periodText(m_data.filter.period))
             << tr("Branch: %1").arg(branch) << tr("RM: %1").arg(rm);
    if (!m_asOf->text().isEmpty())
        c.header << m_asOf->text();
    c.sections = {m_tileRow, m_table, m_branchChart, m_onTimeChart, m_surveyChart};
    return c;
}

bool AssessmentView::savePng(const QString& fileName)
{
    return DashboardFrame::writePng(fileName, m_content);
}

QString AssessmentView::csvText() const
{
    return AssessmentCsv::text(m_data);
}

bool AssessmentView::saveCsv(const QString& fileName)
{
    return DashboardFrame::writeCsv(fileName, csvText());
}

bool AssessmentView::savePdf(const QString& fileName, QString* error)
{
    return DashboardReport::writePdf(reportContent(), fileName, m_vault.session().userName, now(),
                                     error);
}

} // namespace rmdesk
