// The CareHouse workstation: opens a practice database, signs a member of staff in and shows
// the main window. All behaviour lives in ui/ and core/.
#include "core/base/Clock.h"
#include "core/base/Log.h"
#include "core/clinical/ReferenceData.h"
#include "ui/ErrorText.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Taken while static objects are built, before main: the nearest the program gets to its start.
const auto kProcessStart = std::chrono::steady_clock::now();

// Prints ready-ms once the window has painted, then quits (benchmarks and screenshots).
class ReadyProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            // Let this paint finish before reporting.
            QTimer::singleShot(0, qApp, [] {
                auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                                - kProcessStart)
                              .count();
                std::printf("ready-ms=%lld\n", static_cast<long long>(ms));
                // The process's own high-water mark: a parent's rusage can inherit its own peak
                // through vfork-style spawning, so the benchmark reads this instead.
                if (std::FILE* status = std::fopen("/proc/self/status", "r")) {
                    char line[256];
                    while (std::fgets(line, sizeof line, status))
                        if (std::strncmp(line, "VmHWM:", 6) == 0)
                            std::printf("peak-rss-kb=%ld\n", std::strtol(line + 6, nullptr, 10));
                    std::fclose(status);
                }
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

QString defaultDatabase()
{
    QSettings settings(QStringLiteral("CareHouse"), QStringLiteral("CareHouse"));
    QString last = settings.value("database/last").toString();
    if (!last.isEmpty())
        return last;
    return QDir::homePath() + "/.local/share/CareHouse/demo-practice.carehouse";
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName("CareHouse");
    QApplication::setApplicationName("CareHouse");
    QApplication::setApplicationVersion(QStringLiteral(CAREHOUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CareHouse diabetes care workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption("db", QApplication::translate("main", "Open the database at <path>."),
                                QApplication::translate("main", "path"));
    QCommandLineOption readyOption(
        "quit-when-ready", QApplication::translate("main", "Print ready-ms=<ms> once the window is shown, then quit."));
    parser.addOption(dbOption);
    parser.addOption(readyOption);
    parser.process(app);

    const QString logDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(logDir);
    carehouse::base::openLog((logDir + "/carehouse.log").toStdString());
    carehouse::base::logInfo("CareHouse {} starting", CAREHOUSE_VERSION);

    // Nothing runs on broken clinical reference data: say which file and line, and stop.
    if (auto st = carehouse::clinical::ReferenceData::check(); !st) {
        const QString text = carehouse::ui::ErrorText::describe(st.error());
        carehouse::base::logError("reference data refused: {}", st.error().describe());
        std::fprintf(stderr, "%s\n", qPrintable(text));
        if (!parser.isSet(readyOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "CareHouse cannot start"), text);
        carehouse::base::closeLog();
        return 1;
    }

    carehouse::base::SystemClock clock;
    carehouse::ui::MainWindow window(clock);
    ReadyProbe probe;
    if (parser.isSet(readyOption))
        window.installEventFilter(&probe);
    window.show();

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabase();
    if (!window.openDatabase(path) && parser.isSet(readyOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(window.messageText()));
        return 1;
    }
    int rc = app.exec();
    carehouse::base::closeLog();
    return rc;
}
