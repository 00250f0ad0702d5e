#include "ui/LetterTemplatesDialog.h"

#include "core/letters/PracticeTemplates.h"
#include "core/letters/ResultsLetterComposer.h"
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using letters::LetterKind;
using ui::LetterTemplatesDialog;
using ui::MessageBox;

namespace {

struct Practice
{
    testing::TempDatabase db{model::Role::Nurse};
    record::RecordStore& store = db.store();
    std::string id = testing::addPersonWithDiabetes(store, "Smithson", "Mary", "1962-11-05", testing::testNhsNumber(3));
    Practice() { db.loginAs(model::Role::Admin); }
};

// Types at the cursor as a person would, Return for each new line.
void type(QPlainTextEdit* editor, const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines[i]);
    }
}

// Replaces the editor's text by typing.
void typeInto(QPlainTextEdit* editor, const QString& text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    type(editor, text);
}

} // namespace

TEST_CASE("The template editor shows the results template with its placeholders and a rendered preview",
          "[ui][letters]")
{
    Practice p;
    LetterTemplatesDialog dialog(p.store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto* editor = child<QPlainTextEdit>(&dialog, "templatePlainTextEdit");
    CHECK(editor->toPlainText().contains("{results}"));
    CHECK(child<QComboBox>(&dialog, "letterComboBox")->currentText() == "Results letter");
    CHECK(child<QComboBox>(&dialog, "languageComboBox")->count() == 2);
    auto* placeholders = child<QListWidget>(&dialog, "placeholdersListWidget");
    QStringList listed;
    for (int i = 0; i < placeholders->count(); ++i)
        listed << placeholders->item(i)->text().section(' ', 0, 0);
    CHECK(listed.contains("{person.name}"));
    CHECK(listed.contains("{appointment.withWhom}"));
    CHECK(listed.contains("{not-done}"));
    auto* preview = child<QPrintPreviewWidget>(&dialog, "letterPrintPreviewWidget");
    REQUIRE(preview);
    CHECK(dialog.previewRenders() >= 1);
    CHECK(dialog.previewPages() >= 2);
    CHECK(preview->pageCount() == dialog.previewPages());
    CHECK_FALSE(child<QPushButton>(&dialog, "saveButton")->isEnabled()); // nothing changed yet
}

TEST_CASE("An unknown placeholder typed into a template turns Save off and is named with its line", "[ui][letters]")
{
    Practice p;
    LetterTemplatesDialog dialog(p.store);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(&dialog, "templatePlainTextEdit");
    auto* save = child<QPushButton>(&dialog, "saveButton");
    auto* banner = child<ui::MessageBanner>(&dialog, "templateMessageBanner");

    typeInto(editor, "## Our letter\n\n{results}\n\nCall {practice.fax} today.\n\n{appointment}");
    CHECK_FALSE(save->isEnabled());
    CHECK(banner->isVisible());
    CHECK(dialog.problemText().contains("Line 5"));
    CHECK(dialog.problemText().contains("{practice.fax}"));

    // A part inside a sentence is named too.
    typeInto(editor, "## Our letter\n\nYour results: {results}\n\n{appointment}");
    CHECK_FALSE(save->isEnabled());
    CHECK(dialog.problemText().contains("{results}"));
    CHECK(dialog.problemText().contains("Line 3"));

    // And a required part that is missing.
    typeInto(editor, "## Our letter\n\n{results}");
    CHECK_FALSE(save->isEnabled());
    CHECK(dialog.problemText().contains("{appointment} is missing"));

    typeInto(editor, "## Our letter\n\n{results}\n\n{appointment}");
    CHECK(save->isEnabled());
    CHECK(dialog.problemText().isEmpty());
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("The preview follows the typing once it pauses", "[ui][letters]")
{
    Practice p;
    LetterTemplatesDialog dialog(p.store);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(&dialog, "templatePlainTextEdit");
    const int before = dialog.previewRenders();
    editor->moveCursor(QTextCursor::End);
    type(editor, "\n\nWith best wishes from all of us.");
    CHECK(dialog.previewRenders() == before); // not on every key
    QTest::qWait(600);
    CHECK(dialog.previewRenders() == before + 1);
    CHECK(dialog.previewPages() >= 2);
}

TEST_CASE("A valid template edit is saved and the next composed letter uses it; restore brings the shipped one back",
          "[ui][letters]")
{
    Practice p;
    LetterTemplatesDialog dialog(p.store);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(&dialog, "templatePlainTextEdit");
    auto* save = child<QPushButton>(&dialog, "saveButton");
    auto* restore = child<QPushButton>(&dialog, "restoreButton");
    CHECK_FALSE(restore->isEnabled());

    typeInto(editor, "## Your results from Riverside\n\nDear {person.salutation},\n\n{results}\n\n{appointment}");
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(dialog.hasUnsavedChanges());
    CHECK_FALSE(save->isEnabled());
    CHECK(restore->isEnabled());
    CHECK(child<ui::MessageBanner>(&dialog, "templateMessageBanner")->text().startsWith("Saved."));

    p.db.loginAs(model::Role::Nurse);
    auto letter = letters::ResultsLetterComposer::compose(p.store, p.id);
    REQUIRE(letter.ok());
    CHECK(letter->templateName == "letters.template.results.en");
    REQUIRE_FALSE(letter->layout.empty());
    CHECK(letter->layout.front().text == "Your results from Riverside");

    p.db.loginAs(model::Role::Admin);
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(editor->toPlainText().contains("{agenda}"));
    CHECK_FALSE(dialog.hasUnsavedChanges());
    CHECK(p.store.setting("letters.template.results.en").error().code == base::ErrorCode::NotFound);
    p.db.loginAs(model::Role::Nurse);
    CHECK(letters::ResultsLetterComposer::compose(p.store, p.id)->templateName == "results-en.txt");
}

TEST_CASE("Leaving the template editor with unsaved changes asks first", "[ui][letters]")
{
    Practice p;
    LetterTemplatesDialog dialog(p.store);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(&dialog, "templatePlainTextEdit");
    editor->moveCursor(QTextCursor::End);
    type(editor, "\n\nSee you soon.");
    MessageBox::takeAsked();

    // Stay: the dialog is still open, and choosing another letter is refused too.
    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    dialog.reject();
    CHECK(MessageBox::takeAsked());
    CHECK(dialog.isVisible());
    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    CHECK_FALSE(dialog.choose(LetterKind::Invitation, "en"));
    CHECK(child<QComboBox>(&dialog, "letterComboBox")->currentText() == "Results letter");
    CHECK(editor->toPlainText().endsWith("See you soon."));

    // Discard: on to the invitation, nothing stored.
    MessageBox::setNextAnswer(MessageBox::Answer::Discard);
    CHECK(dialog.choose(LetterKind::Invitation, "en"));
    CHECK(editor->toPlainText().contains("{practice.phone}"));
    CHECK(p.store.setting("letters.template.results.en").error().code == base::ErrorCode::NotFound);

    // Save: stored as the practice's own, then the dialog closes.
    editor->moveCursor(QTextCursor::End);
    type(editor, "\nP.S. Parking is free.");
    MessageBox::setNextAnswer(MessageBox::Answer::Save);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
    auto stored = p.store.setting("letters.template.invitation.en");
    REQUIRE(stored.ok());
    CHECK(stored->find("Parking is free.") != std::string::npos);
}

TEST_CASE("Letter templates are in the main window's menu for administrators only", "[ui][letters][security]")
{
    testing::TempDatabase db(model::Role::Nurse);
    ui::MainWindow window{db.clock()};
    window.useStore(db.store(), QString::fromStdString(db.path()));
    auto* action = window.findChild<QAction*>("letterTemplatesAction");
    REQUIRE(action);
    CHECK_FALSE(action->isVisible());
    CHECK(window.showLetterTemplates() == nullptr);

    db.loginAs(model::Role::Admin);
    window.useStore(db.store(), QString::fromStdString(db.path()));
    CHECK(action->isVisible());
    CHECK(action->isEnabled());
    auto* dialog = window.showLetterTemplates();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(window.showLetterTemplates() == dialog); // one at a time
}
