// The conflicts list and resolution screen (issue 7 §4-§5), and the banner mark, on a conflict
// made by concurrent demographic edits at two sites.
#include "ui/ConflictsView.h"

#include "core/record/ConflictBook.h"
#include "tests/ui/SyncTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ConflictListModel.h"
#include "ui/ConflictVersionsModel.h"
#include "ui/MainWindow.h"
#include "ui/PatientBanner.h"
#include "ui/PatientView.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace carehouse;
using ui::ConflictListModel;

namespace {

QString cell(const QAbstractItemModel& m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

int rowOf(const ui::ConflictVersionsModel& m, const QString& label)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.fieldLabel(r) == label)
            return r;
    return -1;
}

std::size_t openConflicts(testing::SyncSite& s)
{
    auto open = record::ConflictBook(s.store()).open();
    REQUIRE(open.ok());
    return open->size();
}

} // namespace

TEST_CASE("The conflicts screen lists a conflict from edits at two sites and shows the versions side by side",
          "[ui][sync]")
{
    testing::SyncSite practice("Riverside Medical Practice");
    testing::SyncSite community("Riverside Community Diabetes Team");
    const auto person = testing::conflictAt(practice, community, 1);
    ui::ConflictsView view;
    view.setStore(&practice.store());
    const auto& list = *view.listModel();
    REQUIRE(list.rowCount() == 1);
    CHECK(cell(list, 0, ConflictListModel::Person) == "OKAFOR, Person1");
    CHECK(cell(list, 0, ConflictListModel::NhsNumber).count(' ') == 2); // 3-3-4
    CHECK(cell(list, 0, ConflictListModel::BirthDate) == "02-May-1960");
    CHECK(cell(list, 0, ConflictListModel::Record) == "Demographics (name, address, consent)");
    CHECK(cell(list, 0, ConflictListModel::What) == "Changed at two sites at the same time");
    CHECK(view.countText() == "1 record needs a clinician to choose which version is right.");

    view.selectRow(0);
    // It is a patient screen: the person's banner is up while choosing.
    CHECK(testing::child<QLabel>(view.banner(), "bannerNameLabel")->text() == "OKAFOR, Person1");
    const auto& versions = *view.versionsModel();
    REQUIRE(versions.columnCount() == 2);
    const int town = rowOf(versions, "Town");
    REQUIRE(town == 0); // what differs comes first, highlighted
    CHECK(versions.differs(town));
    CHECK_FALSE(versions.differs(rowOf(versions, "Family name")));
    QStringList towns{cell(versions, town, 0), cell(versions, town, 1)};
    towns.sort();
    CHECK(towns == QStringList{"Mill Road", "Station Road"});
    const QString headerA = versions.headerData(0, Qt::Horizontal).toString();
    const QString headerB = versions.headerData(1, Qt::Horizontal).toString();
    CHECK(headerA.startsWith("Version A — shown for now"));
    CHECK((headerA + headerB).contains("at Riverside Medical Practice, "));
    CHECK((headerA + headerB).contains("at Riverside Community Diabetes Team, "));
    REQUIRE(view.keepButtons().size() == 2);

    // Keeping Version B writes through ConflictBook::resolve and clears the conflict.
    const QString kept = cell(versions, town, 1);
    QTest::mouseClick(testing::child<QPushButton>(&view, "keepVersionButton1"), Qt::LeftButton);
    CHECK(view.messageText().startsWith("Kept Version B for OKAFOR, Person1."));
    CHECK(list.rowCount() == 0);
    CHECK(openConflicts(practice) == 0);
    CHECK(testing::townOf(practice, person) == kept.toStdString());
    CHECK(view.countText() == "No open conflicts: every record agrees with the other sites.");
}

TEST_CASE("A choice made on versions that are no longer the heads is refused with words", "[ui][sync]")
{
    testing::SyncSite practice("Riverside Medical Practice");
    testing::SyncSite community("Riverside Community Diabetes Team");
    const auto person = testing::conflictAt(practice, community, 2);
    ui::ConflictsView view;
    view.setStore(&practice.store());
    view.selectRow(0);
    // Meanwhile the community team changes the address again and it arrives.
    community.clock().advance(1000);
    REQUIRE(testing::moveTo(community, person, "Castle Street").ok());
    testing::sendAll(community, practice);
    CHECK_FALSE(view.keepVersion(1)); // still a head, but not the heads that were shown
    INFO(view.messageText().toStdString());
    CHECK(view.messageText().startsWith("Another version of this record arrived after these were shown"));
    CHECK(openConflicts(practice) == 1);
    // The screen now shows the versions as they are.
    const auto& versions = *view.versionsModel();
    const int town = rowOf(versions, "Town");
    REQUIRE(town >= 0);
    CHECK((cell(versions, town, 0) + cell(versions, town, 1)).contains("Castle Street"));
}

TEST_CASE("The banner marks only the person whose record has an open conflict, and leads to it", "[ui][sync]")
{
    testing::SyncSite practice("Riverside Medical Practice");
    testing::SyncSite community("Riverside Community Diabetes Team");
    const auto withConflict = testing::conflictAt(practice, community, 3, "Adeyemi");
    const auto other = testing::registerPerson(practice, 4, "Brown");
    ui::MainWindow window(practice.clock());
    window.useStore(practice.store(), "practice.carehouse");
    auto* banner = window.patientView()->banner();

    REQUIRE(window.openPatient(QString::fromStdString(withConflict)));
    CHECK(banner->conflictShown());
    CHECK(banner->conflictText().contains("Records from two sites disagree"));
    REQUIRE(window.openPatient(QString::fromStdString(other)));
    CHECK_FALSE(banner->conflictShown());

    // From the mark to the conflict, with the same person's banner.
    REQUIRE(window.openPatient(QString::fromStdString(withConflict)));
    QTest::mouseClick(testing::child<QPushButton>(banner, "bannerConflictButton"), Qt::LeftButton);
    REQUIRE(window.currentPage() == window.conflictsView());
    auto* conflicts = window.conflictsView();
    CHECK(testing::child<QLabel>(conflicts->banner(), "bannerNameLabel")->text() == "ADEYEMI, Person3");
    REQUIRE(conflicts->keepVersion(0));

    REQUIRE(window.openPatient(QString::fromStdString(withConflict)));
    CHECK_FALSE(banner->conflictShown());
}
