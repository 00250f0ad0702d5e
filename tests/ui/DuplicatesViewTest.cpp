// Possible duplicates (issue 7 §3): two records with one NHS number, met through an exchange,
// compared side by side and linked by a clinician on the Possible duplicates page; the banner
// marks both records, and only theirs.
#include "ui/DuplicatesView.h"

#include "core/base/Uuid.h"
#include "core/record/PatientDirectory.h"
#include "core/record/PatientQuery.h"
#include "core/record/PatientRepository.h"
#include "core/record/PossibleDuplicates.h"
#include "core/security/PasswordHasher.h"
#include "tests/support/SyncSite.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/DuplicateComparisonModel.h"
#include "ui/DuplicateListModel.h"
#include "ui/MainWindow.h"
#include "ui/PatientBanner.h"
#include "ui/PatientSearchModel.h"
#include "ui/PatientView.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace carehouse;
using ui::DuplicateComparisonModel;

namespace {

// The practice and the community team each registered person 7 (same NHS number) before either
// knew of the other; the team's versions reach the practice.
struct TwoRecords
{
    testing::SyncSite practice{"Riverside Medical Practice"};
    testing::SyncSite community{"Riverside Community Diabetes Team"};
    std::string atPractice = testing::registerPerson(practice, 7, "Okafor");
    std::string atClinic = testing::registerPerson(community, 7, "Okafor-Bello");
    std::string someoneElse = testing::registerPerson(practice, 8, "Brown");
    TwoRecords() { testing::sendAll(community, practice); }
};

std::string linkedTo(testing::SyncSite& site, const std::string& id)
{
    auto p = record::PatientRepository(site.store()).patient(id);
    REQUIRE(p.ok());
    return p->value.linkedTo;
}

} // namespace

TEST_CASE("Possible duplicates lists the NHS number on two records and shows them side by side, differences marked",
          "[ui][duplicates]")
{
    TwoRecords t;
    ui::DuplicatesView view;
    view.setStore(&t.practice.store());
    const auto& list = *view.listModel();
    REQUIRE(list.rowCount() == 1);
    CHECK(list.data(list.index(0, ui::DuplicateListModel::NhsNumber)).toString().count(' ') == 2); // 3-3-4
    CHECK(list.data(list.index(0, ui::DuplicateListModel::Names)).toString().contains("OKAFOR-BELLO, Person7"));
    CHECK(list.data(list.index(0, ui::DuplicateListModel::StartedAt))
              .toString()
              .contains("Riverside Community Diabetes Team"));
    CHECK(view.countText().startsWith("1 NHS number is on two records"));

    view.selectRow(0);
    const auto& cmp = *view.comparisonModel();
    REQUIRE(cmp.columnCount() == 2);
    CHECK(cmp.differs(DuplicateComparisonModel::Name));
    CHECK_FALSE(cmp.differs(DuplicateComparisonModel::NhsNumber));
    CHECK_FALSE(cmp.differs(DuplicateComparisonModel::BirthDate));
    CHECK(cmp.headerData(DuplicateComparisonModel::Name, Qt::Vertical).toString().endsWith("≠"));
    CHECK(cmp.text(DuplicateComparisonModel::BirthDate, 0).contains("y)")); // the age beside the date
    // Each record's own banner, in the order of the columns.
    REQUIRE(view.banners().size() == 2);
    for (std::size_t i = 0; i < 2; ++i)
        CHECK(testing::child<QLabel>(view.banners()[i], "bannerNameLabel")->text()
              == cmp.text(DuplicateComparisonModel::Name, static_cast<int>(i)));
    REQUIRE(view.linkButtons().size() == 2);
    CHECK(view.linkButtons()[0]->isEnabled());

    QTest::mouseClick(testing::child<QPushButton>(&view, "duplicateNotSameButton"), Qt::LeftButton);
    CHECK(view.messageText().contains("wrong NHS number"));
    CHECK(linkedTo(t.practice, t.atPractice).empty());
    CHECK(linkedTo(t.practice, t.atClinic).empty());
}

TEST_CASE("Same person — keep using a record links the other to it and the page empties", "[ui][duplicates]")
{
    TwoRecords t;
    ui::DuplicatesView view;
    view.setStore(&t.practice.store());
    view.selectRow(0);
    const auto keptId = view.comparisonModel()->sides()[1].patient.value.id;
    const auto otherId = view.comparisonModel()->sides()[0].patient.value.id;
    QTest::mouseClick(view.linkButtons()[1], Qt::LeftButton);
    CHECK(view.messageText().startsWith("Linked:"));
    CHECK(linkedTo(t.practice, otherId) == keptId);
    CHECK(linkedTo(t.practice, keptId).empty());
    CHECK(view.listModel()->rowCount() == 0);
    CHECK(view.countText().startsWith("No possible duplicates"));
}

TEST_CASE("Reception sees the comparison but cannot link", "[ui][duplicates]")
{
    TwoRecords t;
    auto& store = t.practice.store();
    store.logout();
    REQUIRE(store.login("admin", testing::TempDatabase::kPassword).ok());
    record::ChangeSet cs("add-user");
    cs.addUser({base::newUuid(), "reception", "Front desk", model::Role::Receptionist,
                *security::PasswordHasher::hash(testing::TempDatabase::kPassword), true});
    REQUIRE(store.commit(cs).ok());
    t.practice.store().logout();
    REQUIRE(t.practice.store().login("reception", testing::TempDatabase::kPassword).ok());
    ui::DuplicatesView view;
    view.setStore(&t.practice.store());
    view.selectRow(0);
    REQUIRE(view.linkButtons().size() == 2);
    CHECK_FALSE(view.linkButtons()[0]->isEnabled());
    CHECK_FALSE(view.linkKeeping(0));
    CHECK(linkedTo(t.practice, t.atClinic).empty());
}

TEST_CASE("The banner marks both records of a possible duplicate, only theirs, and leads to the comparison",
          "[ui][duplicates]")
{
    TwoRecords t;
    ui::MainWindow window(t.practice.clock());
    window.useStore(t.practice.store(), "practice.carehouse");
    auto* banner = window.patientView()->banner();

    for (const auto& id : {t.atPractice, t.atClinic}) {
        REQUIRE(window.openPatient(QString::fromStdString(id)));
        CHECK(banner->otherRecordsShown());
        CHECK(banner->otherRecordsText().contains("Another record has this NHS number"));
    }
    REQUIRE(window.openPatient(QString::fromStdString(t.someoneElse)));
    CHECK_FALSE(banner->otherRecordsShown());

    // The search says so too, beside the NHS number.
    auto found
        = record::PatientDirectory(t.practice.store()).find(record::PatientQuery::parse(testing::testNhsNumber(7)), 20);
    REQUIRE(found.ok());
    ui::PatientSearchModel search;
    search.setItems(found->items, t.practice.clock().today());
    REQUIRE(search.rowCount() == 2);
    CHECK(search.data(search.index(0, ui::PatientSearchModel::NhsNumber)).toString().endsWith("· two records"));

    REQUIRE(window.openPatient(QString::fromStdString(t.atClinic)));
    QTest::mouseClick(testing::child<QPushButton>(banner, "bannerOtherRecordsButton"), Qt::LeftButton);
    REQUIRE(window.currentPage() == window.duplicatesView());
    auto* page = window.duplicatesView();
    REQUIRE(page->comparisonModel()->columnCount() == 2);
    REQUIRE(page->linkKeeping(0));

    // Linked: both records say so, in information colours rather than a warning.
    for (const auto& id : {t.atPractice, t.atClinic}) {
        REQUIRE(window.openPatient(QString::fromStdString(id)));
        CHECK(banner->otherRecordsText().contains("Linked"));
    }
}
