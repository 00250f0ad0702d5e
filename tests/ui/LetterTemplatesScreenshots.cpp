// Renders the letter templates editor (the results letter template beside its live preview for
// the sample person) on a demo practice and saves it as docs/screenshots/letter-templates.png,
// with a second shot of an unknown placeholder being refused.
//
//   QT_QPA_PLATFORM=offscreen ui_letter_templates_screenshots [output-folder]

#include "core/base/Clock.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/LetterTemplatesDialog.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <cstdio>

using namespace carehouse;

int main(int argc, char* argv[])
{
    testing::prepareScreenshotEnvironment();
    QApplication app(argc, argv);
    const QString folder = testing::screenshotFolder(argc, argv);
    QTemporaryDir dir;
    base::FixedClock clock{testing::kTestNow};
    auto store = testing::demoPractice(dir.filePath("demo-practice.carehouse"), clock, 20);
    if (!store)
        return 1;
    if (!store->login("admin", demo::DemoPractice::kPassword)
        || !store->setSetting("practice.address", "Mill Road\nRiverside\nRV1 1AA").ok()
        || !store->setSetting("practice.phone", "020 7946 0000").ok()) {
        std::fprintf(stderr, "cannot set the practice's details\n");
        return 1;
    }

    ui::LetterTemplatesDialog dialog(*store);
    dialog.resize(1360, 860);
    dialog.show();
    dialog.flushPreview();
    bool ok = testing::saveScreenshot(&dialog, folder, "letter-templates.png");

    // A typing mistake: named with its line, Save off, the preview keeps the last good text.
    auto* editor = dialog.findChild<QPlainTextEdit*>("templatePlainTextEdit");
    QTextCursor cursor(editor->document()->findBlockByLineNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->insertPlainText(QStringLiteral(" Your GP is {person.gp}."));
    ok &= testing::saveScreenshot(&dialog, folder, "letter-templates-problem.png");
    return ok ? 0 : 1;
}
