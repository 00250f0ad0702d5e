// The Sync page (issue 7 §5) on two real keyed sites that have each other as peers: the peers
// table, Export now and Import now on the worker thread, the summary of what arrived, a tampered
// file's reason in words, automatic import of arrivals, and the passphrase asked once.
#include "ui/SyncView.h"

#include "core/record/PatientRepository.h"
#include "tests/ui/SyncTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/PassphraseDialog.h"
#include "ui/PeerStatusModel.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <filesystem>
#include <fstream>

using namespace carehouse;
using testing::kSyncPassphrase;
using ui::PeerStatusModel;

namespace {

QString cell(const PeerStatusModel& m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

QStringList exchangeFiles(const std::string& folder)
{
    return QDir(QString::fromStdString(folder)).entryList({QStringLiteral("*.chx")}, QDir::Files, QDir::Name);
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::int64_t journalCount(testing::SyncSite& s)
{
    return *s.store().connection().scalarInt("SELECT count(*) FROM journal");
}

bool holds(testing::SyncSite& s, const std::string& patientId)
{
    return record::PatientRepository(s.store()).patient(patientId).ok();
}

} // namespace

TEST_CASE("The Sync page lists this site's peers with their status from the record", "[ui][sync]")
{
    testing::TwoKeyedSites t;
    (void)testing::registerPerson(t.practice.site(), 1);
    ui::SyncView view;
    view.setStore(&t.practice.site().store());
    const auto& model = *view.model();
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, PeerStatusModel::Name) == "Riverside Community Diabetes Team");
    CHECK(cell(model, 0, PeerStatusModel::Organisation) == "Riverside Community Diabetes Team (RV9DN)");
    CHECK(cell(model, 0, PeerStatusModel::Sharing) == "Everyone (same care team)");
    CHECK(cell(model, 0, PeerStatusModel::LastSent) == "Never");
    CHECK(cell(model, 0, PeerStatusModel::LastReceived) == "Never");
    CHECK(cell(model, 0, PeerStatusModel::Acknowledged) == "Nothing yet");
    CHECK(cell(model, 0, PeerStatusModel::Pending).endsWith("waiting"));
    CHECK(cell(model, 0, PeerStatusModel::LastError) == "None");
    // No folder yet: nothing can be sent or read, and the page says what to do.
    CHECK_FALSE(testing::child<QPushButton>(&view, "importNowButton")->isEnabled());
    CHECK(view.autoImportText().contains("Choose the shared folder"));
}

TEST_CASE("Export now writes an exchange file for the selected peer on a worker thread, asking the passphrase once",
          "[ui][sync]")
{
    testing::TwoKeyedSites t;
    (void)testing::registerPerson(t.practice.site(), 1);
    ui::SyncView view;
    view.setStore(&t.practice.site().store());
    view.setFolder(QString::fromStdString(t.shared.path()));
    view.selectPeer(0);
    const int askedBefore = ui::PassphraseDialog::timesAsked();
    ui::PassphraseDialog::setNextAnswer(std::string(kSyncPassphrase));
    QSignalSpy finished(&view, &ui::SyncView::jobFinished);
    REQUIRE(view.exportToSelected());
    CHECK(view.running());
    CHECK_FALSE(testing::child<QPushButton>(&view, "exportAllButton")->isEnabled());
    CHECK(testing::child<QPushButton>(&view, "syncCancelButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!view.running(), 30000);
    CHECK(finished.count() == 1);
    CHECK(exchangeFiles(t.shared.path()).size() == 1);
    CHECK(view.bannerText().startsWith("Sent: "));
    CHECK(view.bannerText().contains("for Riverside Community Diabetes Team (1 person)"));
    CHECK(cell(*view.model(), 0, PeerStatusModel::LastSent) != "Never");
    CHECK(ui::PassphraseDialog::timesAsked() == askedBefore + 1);

    // Later in the session the passphrase is not asked again.
    t.practice.site().clock().advance(1000);
    REQUIRE(view.exportToAll());
    QTRY_VERIFY_WITH_TIMEOUT(!view.running(), 30000);
    CHECK(exchangeFiles(t.shared.path()).size() == 2);
    CHECK(ui::PassphraseDialog::timesAsked() == askedBefore + 1);
    // A new session (another sign-in) forgets it.
    view.setStore(&t.practice.site().store());
    CHECK_FALSE(view.hasPassphrase());
}

TEST_CASE("Import now applies a file from the other site and says what came from whom", "[ui][sync]")
{
    testing::TwoKeyedSites t;
    const auto person = testing::registerPerson(t.community.site(), 3);
    (void)t.community.exportOrFail(t.practice, t.shared.path());
    // Our own files share the folder. (Both test sites' ids begin with the same clock digits, so
    // the names differ only by time: ExchangeExport::fileName uses 8 characters of each id.)
    t.practice.site().clock().advance(1);
    (void)t.practice.exportOrFail(t.community, t.shared.path());
    ui::SyncView view;
    view.setStore(&t.practice.site().store());
    view.setFolder(QString::fromStdString(t.shared.path()));
    QSignalSpy changed(&view, &ui::SyncView::recordsChanged);
    ui::PassphraseDialog::setNextAnswer(std::string(kSyncPassphrase));
    const bool started = view.importNow();
    INFO(view.bannerText().toStdString() << " | " << view.autoImportText().toStdString());
    REQUIRE(started);
    QTRY_VERIFY_WITH_TIMEOUT(!view.running(), 30000);
    CHECK(holds(t.practice.site(), person));
    CHECK(view.bannerText().contains(QRegularExpression("^\\d+ changes? from Riverside Community Diabetes Team\\.$")));
    CHECK(view.problemTexts().isEmpty());
    REQUIRE(changed.count() == 1);
    CHECK(changed.front().front().toStringList().contains(QString::fromStdString(person)));
    CHECK(cell(*view.model(), 0, PeerStatusModel::LastReceived) != "Never");

    // Nothing new since: Import now says so rather than reading the file again.
    REQUIRE_FALSE(view.importNow());
    CHECK(view.bannerText() == "There are no new files for this site in the shared folder.");
}

TEST_CASE("A tampered exchange file is refused with its reason in words and changes nothing", "[ui][sync]")
{
    testing::TwoKeyedSites t;
    const auto person = testing::registerPerson(t.community.site(), 4);
    const auto out = t.community.exportOrFail(t.practice, t.shared.path());
    auto bytes = readAll(out.path);
    bytes[bytes.size() / 2] ^= 0x20;
    writeAll(out.path, bytes);
    const auto before = journalCount(t.practice.site());

    ui::SyncView view;
    view.setStore(&t.practice.site().store());
    view.setFolder(QString::fromStdString(t.shared.path()));
    ui::PassphraseDialog::setNextAnswer(std::string(kSyncPassphrase));
    REQUIRE(view.importNow());
    QTRY_VERIFY_WITH_TIMEOUT(!view.running(), 30000);
    CHECK(journalCount(t.practice.site()) == before);
    CHECK_FALSE(holds(t.practice.site(), person));
    CHECK(view.bannerText() == "A file was refused; nothing in it was used.");
    REQUIRE(view.problemTexts().size() == 1);
    CHECK(view.problemTexts().front().contains("has been altered or damaged since it was signed"));
    CHECK(view.problemTexts().front().contains("the record is unchanged"));
}

TEST_CASE("A wrong site key passphrase is said in words, forgotten and asked again", "[ui][sync]")
{
    testing::TwoKeyedSites t;
    (void)testing::registerPerson(t.practice.site(), 5);
    ui::SyncView view;
    view.setStore(&t.practice.site().store());
    view.setFolder(QString::fromStdString(t.shared.path()));
    ui::PassphraseDialog::setNextAnswer(std::string("not the passphrase"));
    REQUIRE(view.exportToAll());
    QTRY_VERIFY_WITH_TIMEOUT(!view.running(), 30000);
    CHECK(view.bannerText().contains("site key passphrase is not right"));
    CHECK(exchangeFiles(t.shared.path()).isEmpty());
    CHECK_FALSE(view.hasPassphrase());
    // Cancelling the question sends nothing.
    ui::PassphraseDialog::setNextAnswer(std::nullopt);
    CHECK_FALSE(view.exportToAll());
    CHECK(view.bannerText().contains("passphrase is needed"));
}

TEST_CASE("Files arriving while the app runs are imported by themselves; one still being copied waits", "[ui][sync]")
{
    testing::TwoKeyedSites t;
    ui::SyncView view;
    view.setPollInterval(200);
    view.setStore(&t.practice.site().store());
    view.setFolder(QString::fromStdString(t.shared.path()));
    QSignalSpy summaries(&view, &ui::SyncView::arrivalsSummarised);

    // Before the passphrase is given, an arrival waits and the page says how to let it in.
    const auto first = testing::registerPerson(t.community.site(), 6);
    (void)t.community.exportOrFail(t.practice, t.shared.path());
    QTRY_VERIFY_WITH_TIMEOUT(view.autoImportText().contains("1 file from a peer is waiting"), 10000);
    CHECK_FALSE(holds(t.practice.site(), first));
    ui::PassphraseDialog::setNextAnswer(std::string(kSyncPassphrase));
    QTest::mouseClick(testing::child<QPushButton>(&view, "unlockSiteKeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(holds(t.practice.site(), first), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(summaries.count(), 1, 10000);
    CHECK(summaries.front().front().toString().contains("from Riverside Community Diabetes Team"));
    CHECK(view.autoImportText().contains("Watching the shared folder"));

    // A copier still writing the next file: it is skipped, not refused, and imported once whole.
    const auto second = testing::registerPerson(t.community.site(), 7);
    t.community.site().clock().advance(1000);
    testing::TempDir staging;
    const auto next = t.community.exportOrFail(t.practice, staging.path());
    const auto bytes = readAll(next.path);
    const auto arriving = t.shared.file(std::filesystem::path(next.path).filename().string());
    writeAll(arriving, bytes.substr(0, bytes.size() - 40));
    QTest::qWait(1500);
    CHECK_FALSE(holds(t.practice.site(), second));
    CHECK(view.problemTexts().isEmpty());
    writeAll(arriving, bytes);
    QTRY_VERIFY_WITH_TIMEOUT(holds(t.practice.site(), second), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!view.running(), 30000);
    CHECK(view.problemTexts().isEmpty());
}
