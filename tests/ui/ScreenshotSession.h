#pragma once

// What every screenshot tool does the same way: an offscreen application with fixed fonts,
// the output folder, a demo practice in a temporary folder, and saving a widget as a small PNG.
// Header-only: each tool is one .cpp with its own main.

#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <cstdio>
#include <memory>

namespace carehouse::testing {

// Before the QApplication exists: offscreen unless told otherwise, DejaVu fonts everywhere.
inline void prepareScreenshotEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR"))
        qputenv("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu");
    QStandardPaths::setTestModeEnabled(true);
}

// After it: the same font in every shot, and the folder from argv[1] (docs/screenshots by default).
inline QString screenshotFolder(int argc, char* argv[])
{
    QApplication::setFont(QFont("DejaVu Sans", 10));
    const QString folder
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(CAREHOUSE_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(folder);
    return folder;
}

// A demo practice of `people` at `path`, nobody signed in; nullptr (and why, on stderr) on failure.
inline std::unique_ptr<record::RecordStore> demoPractice(const QString& path, const base::Clock& clock, int people)
{
    auto opened = record::RecordStore::open(path.toStdString(), clock, record::RecordStore::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "cannot create database: %s\n", opened.error().describe().c_str());
        return nullptr;
    }
    auto store = std::move(opened).value();
    demo::DemoOptions options;
    options.people = people;
    if (auto built = demo::DemoPractice::build(*store, options); !built) {
        std::fprintf(stderr, "demo build failed: %s\n", built.error().describe().c_str());
        return nullptr;
    }
    store->logout();
    return store;
}

// Saves the widget as it is painted now; 256 colours are plenty for a form and keep the
// committed PNGs small.
inline bool saveScreenshot(QWidget* widget, const QString& folder, const char* name)
{
    QApplication::processEvents();
    QTest::qWait(50);
    const QString path = folder + "/" + name;
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const bool ok = image.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace carehouse::testing
