#pragma once

#include <QObject>

class QTimer;

namespace rmdesk {

// Watches the application's keyboard and mouse input and emits idle() after a quiet period. The
// period comes from the setting "security/idleLockMinutes" (default 10; 0 turns it off).
class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMinutes = 10;

    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    static int configuredMinutes();
    // Milliseconds of inactivity before idle(); 0 turns the lock off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    bool isActive() const;
    // Restarts the countdown (also done by any user input).
    void restart();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    int m_timeout = 0;
};

} // namespace rmdesk
