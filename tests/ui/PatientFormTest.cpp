#include "ui/PatientForm.h"

#include "core/record/PatientDirectory.h"
#include "tests/ui/UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

void type(QWidget* form, const char* name, const char* text)
{
    auto* edit = child<QLineEdit>(form, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("The register form shows every problem beside its field and saves nothing", "[ui]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    ui::PatientForm form(db.store());
    form.show();
    type(&form, "nhsNumberLineEdit", "943 476 5918");
    type(&form, "familyNameLineEdit", "Patel");
    type(&form, "givenNameLineEdit", "Asha");
    type(&form, "birthDateLineEdit", "14/07/2030");
    QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);

    CHECK(form.isVisible());
    CHECK(form.result() != QDialog::Accepted);
    auto* nhsError = child<QLabel>(&form, "NHSnumberErrorLabel");
    CHECK(nhsError->isVisible());
    CHECK(nhsError->text().contains("943 476 5918"));
    CHECK(nhsError->text().contains("check digit"));
    auto* birthError = child<QLabel>(&form, "dateofbirthErrorLabel");
    CHECK(birthError->isVisible());
    CHECK(birthError->text().contains("future"));
    CHECK_FALSE(child<QLabel>(&form, "familynameErrorLabel")->isVisible());
    CHECK(child<QLabel>(&form, "formErrorLabel")->text().contains("2 things need fixing"));

    auto found = record::PatientDirectory(db.store()).find("patel");
    REQUIRE(found.ok());
    CHECK(found->items.empty());
}

TEST_CASE("The register form asks for the names it needs", "[ui]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    ui::PatientForm form(db.store());
    form.show();
    QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&form, "familynameErrorLabel")->text() == "Family name is needed. Fill it in before saving.");
    CHECK(child<QLabel>(&form, "givennameErrorLabel")->isVisible());
    CHECK(child<QLabel>(&form, "dateofbirthErrorLabel")->isVisible());
}

TEST_CASE("The register form saves a valid person, accepting a written-out date of birth", "[ui]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    ui::PatientForm form(db.store());
    form.show();
    type(&form, "nhsNumberLineEdit", "485 777 3457");
    type(&form, "titleLineEdit", "Mrs");
    type(&form, "familyNameLineEdit", "Patel");
    type(&form, "givenNameLineEdit", "Asha");
    type(&form, "birthDateLineEdit", "14-Jul-1945");
    auto* gender = child<QComboBox>(&form, "genderComboBox");
    gender->setCurrentIndex(gender->findData("female"));
    QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);

    CHECK(form.result() == QDialog::Accepted);
    CHECK_FALSE(form.savedPatientId().empty());
    auto found = record::PatientDirectory(db.store()).find("4857773457");
    REQUIRE(found.ok());
    REQUIRE(found->items.size() == 1);
    CHECK(found->items[0].familyName == "Patel");
    CHECK(found->items[0].birthDate.display() == "14-Jul-1945");
    CHECK(found->items[0].gender == model::Gender::Female);
}
