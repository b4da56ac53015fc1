#pragma once

// Shared fixture for the widget suites: a fresh database with an administrator, settings in a
// temporary folder, and the dialog seams in test mode.
#include "common/testsupport.h"
#include "dialogs.h"
#include "domain/retention.h"
#include "localization.h"
#include "security/vault.h"
#include "stores/lifecyclestore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace rmdesk::test {

inline const char* const adminPassword = "correct horse battery";
inline const char* const userPassword = "first password 1";

// Switches the interface language for the widgets built next (screenshots in zh_CN and en).
inline void useLanguage(const QString& language)
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(language)); // installTranslations sets it too; "en" must reset it
    if (language != QLatin1String("en"))
        BOOST_REQUIRE(installTranslations(*qApp, language));
}

struct UiFixture
{
    UiFixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           folder.file(QStringLiteral("settings")));
        QSettings().clear();
        Dialogs::setTestMode(true);
        path = folder.file(QStringLiteral("bank.rmdb"));
        StoreError error;
        SecretBytes recovery;
        vault = Vault::create(path, QStringLiteral("admin"), secret(adminPassword),
                              KdfProfile::Interactive, &recovery, &error);
        BOOST_REQUIRE_MESSAGE(vault, error.message);
    }
    ~UiFixture()
    {
        Dialogs::setTestMode(false);
        // Dialogs opened with WA_DeleteOnClose go away on the next event-loop turn.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Adds a user as the administrator (who must change the password at first sign-in).
    void addUser(const QString& name, Role role, const QString& branch = QStringLiteral("B001"))
    {
        StoreError error;
        BOOST_REQUIRE_MESSAGE(vault->addUser(NewUser{name, name.toUpper(), role, branch},
                                             secret(userPassword), KdfProfile::Interactive, &error),
                              error.message);
    }

    std::unique_ptr<Vault> loginAs(const QString& name, const char* password)
    {
        StoreError error;
        auto v = Vault::login(path, name, secret(password), &error);
        BOOST_REQUIRE_MESSAGE(v, error.message);
        return v;
    }

    TempFolder folder;
    QString path;
    std::unique_ptr<Vault> vault;
};

template <typename T> T* child(const QObject* root, const char* name)
{
    T* found = root->findChild<T*>(QLatin1String(name));
    BOOST_REQUIRE_MESSAGE(found, "no child " << name);
    return found;
}

inline QString labelText(const QObject* root, const char* name)
{
    return child<QLabel>(root, name)->text();
}

inline void setText(const QObject* root, const char* name, const QString& text)
{
    child<QLineEdit>(root, name)->setText(text);
}

inline bool enabled(const QObject* root, const char* name)
{
    return child<QAbstractButton>(root, name)->isEnabled();
}

inline QString cellText(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

inline void click(const QObject* root, const char* name)
{
    auto* button = child<QAbstractButton>(root, name);
    BOOST_REQUIRE_MESSAGE(button->isEnabled(), name << " is disabled");
    button->click();
}

// Runs the event loop until `done` holds or `ms` pass; returns whether it held.
template <typename Pred> bool waitFor(Pred done, int ms = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// Where screenshots go: RMDESK_SCREENSHOT_DIR, or empty when none are wanted.
inline QString shotDir()
{
    return qEnvironmentVariable("RMDESK_SCREENSHOT_DIR");
}

// Saves `widget` as shotDir()/name once layouts and timers have settled; nothing without a dir.
inline void saveShot(QWidget* widget, const QString& name)
{
    if (shotDir().isEmpty())
        return;
    waitFor([] { return false; }, 150);
    QDir().mkpath(shotDir());
    const QString file = QDir(shotDir()).filePath(name);
    BOOST_TEST(widget->grab().save(file), file);
}

// The newest top-level dialog of type T (opened with open(), not exec()).
template <typename T> T* openDialog(const QObject* root, const char* name)
{
    T* dialog = nullptr;
    waitFor([&] {
        dialog = root->findChild<T*>(QLatin1String(name));
        return dialog && dialog->isVisible();
    });
    BOOST_REQUIRE_MESSAGE(dialog && dialog->isVisible(), "dialog " << name << " is not open");
    return dialog;
}

// Retention data for the dashboard suites: a month-end balance written straight into holdings (the
// product is created when missing), and the monthly stage run of the last complete month as the
// administrator, which assigns the stages and builds the retention figures.
inline void addHolding(Vault& admin, qint64 customer, int month, qint64 fen,
                       const QString& product = QStringLiteral("P1"))
{
    QSqlQuery q(admin.database().connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO products (code, name, type, risk_level) "
                             "VALUES (?, ?, 'wealth', 'R2')"));
    q.addBindValue(product);
    q.addBindValue(QStringLiteral("稳健理财") + product);
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO holdings (customer_id, product_code, month, "
                             "balance_fen) VALUES (?, ?, ?, ?)"));
    q.addBindValue(customer);
    q.addBindValue(product);
    q.addBindValue(monthName(month));
    q.addBindValue(fen);
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
}

inline void runStages(Vault& admin)
{
    StageRunResult result;
    StoreError error;
    BOOST_REQUIRE_MESSAGE(LifecycleStore(admin.database().connection())
                              .run(admin.session(), std::nullopt, &result, &error),
                          error.message);
}

} // namespace rmdesk::test
