#include "globalsearch.h"

#include "security/vault.h"
#include "stores/customersearch.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

namespace rmdesk {

namespace {

constexpr int typingPauseMs = 150;
constexpr int maxResults = 20;

} // namespace

GlobalSearch::GlobalSearch(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_field(new QLineEdit)
    , m_results(new QListWidget(this)) // moves to the window when first shown
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    m_field->setObjectName(QStringLiteral("globalSearchField"));
    m_field->setPlaceholderText(
        tr("Find a customer: name, pinyin, mobile digits, ID tail (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);

    // The result list floats over the window's content, just under the field.
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    m_results->hide();
    connect(m_results, &QListWidget::itemClicked, this, [this] { choose(); });

    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_pause->start(); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            m_results->hide();
    });
}

void GlobalSearch::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void GlobalSearch::placeResults()
{
    QWidget* host = window();
    if (m_results->parentWidget() != host)
        m_results->setParent(host);
    const QPoint below = m_field->mapTo(host, QPoint(0, m_field->height()));
    const int rows = std::max(1, std::min(m_results->count(), 10));
    const int height = rows * m_results->sizeHintForRow(0) + 2 * m_results->frameWidth();
    m_results->setGeometry(below.x(), below.y(), std::max(m_field->width(), width()), height);
    m_results->raise();
    m_results->show();
}

void GlobalSearch::searchNow()
{
    m_pause->stop();
    const QString text = m_field->text().trimmed();
    m_results->clear();
    if (text.isEmpty()) {
        m_results->hide();
        return;
    }
    StoreError error;
    const SearchResult found = CustomerSearch(m_vault.database().connection())
                                   .search(m_vault.session(), text, maxResults, &error);
    if (!error.ok()) {
        auto* item = new QListWidgetItem(error.message, m_results);
        item->setFlags(Qt::NoItemFlags);
    } else if (found.customers.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No customer in your scope matches \"%1\".").arg(text),
                                         m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        for (const CustomerView& c : found.customers) {
            QStringList parts = {c.value("name")};
            for (const char* f : {"mobile", "id_number", "rm"})
                if (!c.value(f).isEmpty())
                    parts << c.value(f);
            auto* item = new QListWidgetItem(parts.join(QStringLiteral("   ")), m_results);
            item->setData(Qt::UserRole, c.id);
        }
        if (found.total > found.customers.size()) {
            auto* more = new QListWidgetItem(tr("%1 more: type more to narrow the search.")
                                                 .arg(found.total - found.customers.size()),
                                             m_results);
            more->setFlags(Qt::NoItemFlags);
        }
        m_results->setCurrentRow(0);
    }
    placeResults();
}

void GlobalSearch::choose()
{
    const QListWidgetItem* item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    m_results->hide();
    emit customerChosen(id);
}

bool GlobalSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            if (!m_results->isVisible())
                searchNow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_pause->isActive() || !m_results->isVisible())
                searchNow();
            else
                choose();
            return true;
        case Qt::Key_Escape:
            if (m_results->isVisible()) {
                m_results->hide();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rmdesk
