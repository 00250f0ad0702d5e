// Renders the Sync page, the conflicts screen and a patient banner with a conflict mark
// offscreen and saves them as PNGs (docs/screenshots by default). Two sites on temporary files:
// the demo practice and the community diabetes team, each with exchange keys and the other as a
// peer (and a hospital clinic whose last file went wrong); the practice's register goes to the
// team, both change one person's address at once, and the practice imports the team's file on
// the Sync page.
//
//   QT_QPA_PLATFORM=offscreen ui_sync_screenshots [output-folder]
#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/recall/Worklist.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/ConflictsView.h"
#include "ui/DuplicateListModel.h"
#include "ui/DuplicatesView.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseDialog.h"
#include "ui/PatientView.h"
#include "ui/PeerStatusModel.h"
#include "ui/SyncView.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>

using namespace carehouse;

namespace {

constexpr const char* kPassphrase = demo::DemoPractice::kKeyPassphrase;

bool check(const base::Status& st, const char* what)
{
    if (!st)
        std::fprintf(stderr, "%s: %s\n", what, st.error().describe().c_str());
    return st.ok();
}

template <typename T>
bool check(const base::Result<T>& r, const char* what)
{
    if (!r)
        std::fprintf(stderr, "%s: %s\n", what, r.error().describe().c_str());
    return r.ok();
}

// A new site with its administrator signed in.
std::unique_ptr<record::RecordStore> newSite(const QString& path, const base::Clock& clock, const std::string& name)
{
    auto opened = record::RecordStore::open(path.toStdString(), clock, record::RecordStore::OpenMode::CreateIfMissing);
    if (!check(opened, "open"))
        return nullptr;
    auto store = std::move(opened).value();
    if (!check(store->initialise(name, "admin", "Sam Okoro", demo::DemoPractice::kPassword), "initialise")
        || !check(store->login("admin", demo::DemoPractice::kPassword), "login"))
        return nullptr;
    return store;
}

bool makeKeys(record::RecordStore& store, const std::string& organisation, const std::string& ods)
{
    exchange::SiteKeyStore keys(store, {1, 8192});
    return check(keys.ensure(kPassphrase), "keys") && check(keys.setOrganisation({organisation, ods}), "organisation");
}

bool addPeer(record::RecordStore& to, record::RecordStore& from, exchange::SharingScope scope)
{
    auto card = exchange::SiteKeyStore(from).card();
    if (!check(card, "card"))
        return false;
    exchange::AddPeerRequest r;
    r.card = *card;
    r.confirmedFingerprint = card->fingerprint.hex();
    r.sharing = scope;
    return check(exchange::PeerDirectory(to).add(r), "add peer");
}

bool moveHouse(record::RecordStore& store, const std::string& patientId, const std::string& line1,
               const std::string& town, const std::string& postcode, const std::string& phone)
{
    auto p = record::PatientRepository(store).patient(patientId);
    if (!check(p, "patient"))
        return false;
    auto draft = record::PatientRegistration::draftFrom(p->value);
    draft.addressLine1 = line1;
    draft.town = town;
    draft.postcode = postcode;
    if (!phone.empty())
        draft.phone = phone;
    return check(record::PatientRegistration(store).update(patientId, draft, p->headSeq), "update");
}

} // namespace

int main(int argc, char* argv[])
{
    testing::prepareScreenshotEnvironment();
    QApplication app(argc, argv);
    const QString folder = testing::screenshotFolder(argc, argv);

    QTemporaryDir dir;
    const QString shared = dir.filePath("shared");
    QDir().mkpath(shared);
    base::FixedClock practiceClock{testing::kTestNow};
    base::FixedClock teamClock{testing::kTestNow + 65'000};
    base::FixedClock clinicClock{testing::kTestNow + 130'000};

    auto practice = testing::demoPractice(dir.filePath("practice.carehouse"), practiceClock, 80);
    if (!practice || !check(practice->login("admin", demo::DemoPractice::kPassword), "login"))
        return 1;
    auto team = newSite(dir.filePath("team.carehouse"), teamClock, "Riverside Community Diabetes Team");
    auto clinic = newSite(dir.filePath("clinic.carehouse"), clinicClock, "Riverside Hospital Diabetes Clinic");
    if (!team || !clinic)
        return 1;
    if (!makeKeys(*practice, "Riverside Medical Practice", "F84001")
        || !makeKeys(*team, "Riverside Community Diabetes Team", "RVC01")
        || !makeKeys(*clinic, "Riverside University Hospital", "RRV00")
        || !addPeer(*practice, *team, exchange::SharingScope::All)
        || !addPeer(*team, *practice, exchange::SharingScope::All)
        || !addPeer(*practice, *clinic, exchange::SharingScope::Referred)
        || !addPeer(*clinic, *practice, exchange::SharingScope::All))
        return 1;

    // The register goes to the team; the team's file back carries its acknowledgement.
    const std::string sharedPath = shared.toStdString();
    auto first = exchange::ExchangeExport(*practice).toPeer(team->site().siteUuid, sharedPath, kPassphrase);
    if (!check(first, "export") || !check(exchange::ExchangeImport(*team).file(first->path, kPassphrase), "import"))
        return 1;
    std::remove(first->path.c_str());

    // Both sites change one person's address without knowing of the other.
    auto everyone = recall::WorklistReader(*practice).everyone();
    if (!check(everyone, "worklist") || everyone->size() < 3)
        return 1;
    std::string person;
    const recall::WorklistRow* twice = nullptr; // also registered at the clinic
    for (const auto& row : *everyone)
        if (!row.restricted && !row.nhsNumber.empty()) {
            if (person.empty())
                person = row.patientId;
            else if (!twice)
                twice = &row;
        }
    if (!twice)
        return 1;
    // The hospital clinic registered one of the practice's people itself before any exchange;
    // its file brings the second record to the practice (a possible duplicate).
    {
        auto p = record::PatientRepository(*practice).patient(twice->patientId);
        if (!check(p, "patient"))
            return 1;
        auto draft = record::PatientRegistration::draftFrom(p->value);
        draft.givenName += " J";
        draft.addressLine1 = "Ward 12, Riverside University Hospital";
        draft.addressLine2.clear();
        draft.phone.clear();
        draft.practice.clear();
        draft.sharingConsent = "shared-care-team";
        if (!check(record::PatientRegistration(*clinic).registerPatient(draft), "register at the clinic"))
            return 1;
        clinicClock.advance(60'000);
        auto fromClinic = exchange::ExchangeExport(*clinic).toPeer(practice->site().siteUuid, sharedPath, kPassphrase);
        if (!check(fromClinic, "clinic export")
            || !check(exchange::ExchangeImport(*practice).file(fromClinic->path, kPassphrase), "clinic import"))
            return 1;
        std::remove(fromClinic->path.c_str());
    }
    practiceClock.advance(25 * 60'000);
    teamClock.advance(32 * 60'000);
    if (!moveHouse(*practice, person, "14 Orchard Close", "Riverside", "RV2 4PL", "")
        || !moveHouse(*team, person, "Flat 3, 88 Canal Street", "Riverside", "RV1 7QD", "07700 900461"))
        return 1;
    teamClock.advance(3 * 60'000);
    if (!check(exchange::ExchangeExport(*team).toPeer(practice->site().siteUuid, sharedPath, kPassphrase), "export"))
        return 1;
    // The clinic's last file was meant for another site.
    if (!check(exchange::PeerDirectory(*practice).recordError(clinic->site().siteUuid, "exchange-not-for-this-site",
                                                              practiceClock.nowMillis() - 3 * 86'400'000LL),
               "status"))
        return 1;
    practiceClock.advance(10 * 60'000);
    practice->logout();
    if (!check(practice->login("nurse", demo::DemoPractice::kPassword), "login"))
        return 1;

    ui::MainWindow window(practiceClock);
    window.resize(1280, 800);
    window.useStore(*practice, dir.filePath("practice.carehouse"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");

    bool ok = true;
    window.showSync();
    auto* sync = window.syncView();
    sync->setFolder(shared);
    ui::PassphraseDialog::setNextAnswer(std::string(kPassphrase));
    if (!sync->importNow()) {
        std::fprintf(stderr, "import did not start: %s\n", qPrintable(sync->bannerText()));
        return 1;
    }
    for (int waited = 0; sync->running() && waited < 120'000; waited += 50)
        QTest::qWait(50);
    std::printf("banner: %s\n", qPrintable(sync->bannerText()));
    sync->selectPeer(sync->model()->rowCount() > 1 ? 1 : 0);
    ok &= testing::saveScreenshot(&window, folder, "sync-page.png");

    window.showConflicts();
    auto* conflicts = window.conflictsView();
    if (!conflicts) {
        std::fprintf(stderr, "no conflicts view\n");
        return 1;
    }
    conflicts->selectRow(0);
    ok &= testing::saveScreenshot(&window, folder, "conflicts.png");

    if (!window.openPatient(QString::fromStdString(person)))
        return 1;
    ok &= testing::saveScreenshot(&window, folder, "patient-conflict-banner.png");

    window.showDuplicates();
    auto* duplicates = window.duplicatesView();
    if (!duplicates || duplicates->listModel()->rowCount() == 0) {
        std::fprintf(stderr, "no possible duplicates\n");
        return 1;
    }
    duplicates->selectRow(0);
    ok &= testing::saveScreenshot(&window, folder, "possible-duplicates.png");
    if (!window.openPatient(QString::fromStdString(twice->patientId)))
        return 1;
    ok &= testing::saveScreenshot(&window, folder, "patient-other-record-banner.png");
    return ok ? 0 : 1;
}
