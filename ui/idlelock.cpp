#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace rmdesk {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
    setTimeout(configuredMinutes() * 60 * 1000);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int IdleLock::configuredMinutes()
{
    bool ok = false;
    const int minutes =
        QSettings().value(QStringLiteral("security/idleLockMinutes"), DefaultMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultMinutes;
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeout = std::max(0, milliseconds);
    m_timer->setInterval(m_timeout);
    restart();
}

bool IdleLock::isActive() const
{
    return m_timer->isActive();
}

void IdleLock::restart()
{
    if (m_timeout > 0)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ShortcutOverride:
        if (m_timeout > 0)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rmdesk
