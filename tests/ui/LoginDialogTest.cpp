#include "ui/LoginDialog.h"

#include "tests/ui/UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

TEST_CASE("The login dialog rejects a wrong password with an inline message and stays open", "[ui]")
{
    testing::TempDatabase db;
    db.store().logout();
    ui::LoginDialog dialog(db.store(), QString::fromStdString(db.path()));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameLineEdit"), "nurse");
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), "not-the-password");
    QTest::mouseClick(child<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);

    auto* error = child<QLabel>(&dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains("username or password is not right"));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(db.store().currentUser().has_value());
}

TEST_CASE("The login dialog signs in with the right password", "[ui]")
{
    testing::TempDatabase db;
    db.store().logout();
    ui::LoginDialog dialog(db.store(), QString::fromStdString(db.path()));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameLineEdit"), "gp");
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), testing::TempDatabase::kPassword);
    QTest::mouseClick(child<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(db.store().currentUser().has_value());
    CHECK(db.store().currentUser()->username == "gp");
}
