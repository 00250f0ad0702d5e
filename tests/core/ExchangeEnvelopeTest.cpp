#include "core/exchange/ExchangeError.h"
#include "tests/core/ExchangeTestSites.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace carehouse;
using exchange::EnvelopeDefect;
using exchange::EnvelopeRequest;
using exchange::EnvelopeWriter;
using exchange::ExchangeError;
using testing::TestSite;
using testing::TestSites;

namespace {

constexpr std::uint32_t kSmallChunk = 64;

std::string bodyOfSize(std::size_t size)
{
    std::string body;
    body.reserve(size);
    for (std::size_t i = 0; i < size; ++i)
        body += static_cast<char>('a' + (i * 7 + i / 26) % 26);
    return body;
}

std::string writeFile(const TestSite& sender, const std::vector<const TestSite*>& to, std::string_view body,
                      std::uint32_t chunkSize = kSmallChunk, std::int64_t createdAt = testing::kExchangeTestNow,
                      EnvelopeDefect defect = EnvelopeDefect::None)
{
    EnvelopeWriter writer(sender.id, sender.keys);
    writer.setDefectForTestVectors(defect);
    EnvelopeRequest request;
    for (const TestSite* site : to)
        request.recipients.push_back(site->recipient());
    request.createdAtMillis = createdAt;
    request.metadata = R"({"versions":"a:1-3"})";
    request.chunkSize = chunkSize;
    return writer.writeToString(request, body).value();
}

// A stream that cannot seek, like a pipe: the reader must find every problem as it reads.
class PipeBuffer : public std::streambuf
{
public:
    explicit PipeBuffer(std::string bytes)
        : m_bytes(std::move(bytes))
    {
        setg(m_bytes.data(), m_bytes.data(), m_bytes.data() + m_bytes.size());
    }

private:
    std::string m_bytes;
};

base::Result<exchange::OpenedEnvelope> openAs(const TestSites& sites, const TestSite& me, const std::string& file,
                                              bool seekable = true)
{
    if (seekable) {
        std::istringstream in(file);
        return sites.reader().open(in, me.identity());
    }
    PipeBuffer buffer(file);
    std::istream in(&buffer);
    return sites.reader().open(in, me.identity());
}

std::optional<ExchangeError> refusal(const TestSites& sites, const TestSite& me, const std::string& file,
                                     bool seekable = true)
{
    auto opened = openAs(sites, me, file, seekable);
    if (opened.ok())
        return std::nullopt;
    const auto reason = exchange::exchangeErrorOf(opened.error());
    REQUIRE(reason.has_value()); // every refusal carries its reason
    return reason;
}

std::size_t headerLength(const std::string& file)
{
    std::size_t n = 0;
    for (int i = 3; i >= 0; --i)
        n = (n << 8) | static_cast<unsigned char>(file[12 + static_cast<std::size_t>(i)]);
    return n;
}

std::size_t firstChunkOffset(const std::string& file)
{
    return exchange::format::kPreludeBytes + headerLength(file) + exchange::format::kStreamHeaderBytes;
}

// Offset of a header field for a sender site id of 36 characters.
std::size_t createdAtOffset()
{
    return exchange::format::kPreludeBytes + 2 + 36 + 32 + 16;
}

std::size_t bodyLengthOffset()
{
    return createdAtOffset() + 8 + 4;
}

void putLe(std::string& file, std::size_t at, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        file[at + static_cast<std::size_t>(i)] = static_cast<char>(static_cast<unsigned char>(value >> (8 * i)));
}

} // namespace

TEST_CASE("An exchange file opens to exactly the bytes written, from an empty body to many chunks", "[exchange]")
{
    const TestSites sites;
    for (std::size_t size : {0u, 1u, 63u, 64u, 65u, 128u, 200u, 1000u}) {
        INFO("body of " << size << " bytes");
        const std::string body = bodyOfSize(size);
        const std::string file = writeFile(sites.a, {&sites.b}, body);
        CHECK(file.size()
              == exchange::format::kPreludeBytes + headerLength(file) + exchange::format::bodyBytes(size, kSmallChunk)
                  + exchange::format::kSignatureBytes);
        auto opened = openAs(sites, sites.b, file);
        REQUIRE(opened.ok());
        CHECK(opened->body == body);
        auto piped = openAs(sites, sites.b, file, false);
        REQUIRE(piped.ok());
        CHECK(piped->body == body);
    }
    SECTION("with the default 64 KiB chunks")
    {
        for (std::size_t size : {std::size_t{65536}, std::size_t{65537}, std::size_t{3 * 65536 + 5}}) {
            const std::string body = bodyOfSize(size);
            const std::string file = writeFile(sites.a, {&sites.b}, body, exchange::format::kDefaultChunkSize);
            auto opened = openAs(sites, sites.b, file);
            REQUIRE(opened.ok());
            CHECK(opened->body == body);
        }
    }
}

TEST_CASE("An opened file's header carries what the writer put in it", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b, &sites.c}, "body");
    auto opened = openAs(sites, sites.b, file);
    REQUIRE(opened.ok());
    const auto& header = opened->header;
    CHECK(header.formatVersion == 1);
    CHECK(header.senderSiteId == sites.a.id);
    CHECK(header.senderKeyId == sites.a.keys.fingerprint());
    CHECK(header.createdAtMillis == testing::kExchangeTestNow);
    CHECK(header.metadata == R"({"versions":"a:1-3"})");
    CHECK(header.bodyLength == 4);
    REQUIRE(header.recipients.size() == 2);
    CHECK(header.recipients[0].siteId == sites.b.id);
    CHECK(header.recipients[0].keyId == sites.b.keys.fingerprint());
    CHECK(header.recipients[1].siteId == sites.c.id);
    CHECK(header.fileIdHex().size() == 32);
    // Two files never share an id.
    CHECK(writeFile(sites.a, {&sites.b}, "body") != writeFile(sites.a, {&sites.b}, "body"));
}

TEST_CASE("Each of two recipients can open a file and a third site cannot", "[exchange]")
{
    const TestSites sites;
    const std::string body = bodyOfSize(150);
    const std::string file = writeFile(sites.a, {&sites.b, &sites.c}, body);
    CHECK(openAs(sites, sites.b, file)->body == body);
    CHECK(openAs(sites, sites.c, file)->body == body);
    CHECK(refusal(sites, sites.d, file) == ExchangeError::NotForThisSite);
    // Verifying needs no recipient key at all.
    std::istringstream in(file);
    CHECK(sites.reader().verify(in).ok());
}

TEST_CASE("A site whose key was rotated still opens files sealed to its older key", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, "sealed to the old key");
    auto rotated = testing::makeTestSite(sites.b.id, 0x50);
    std::istringstream in(file);
    auto refused = sites.reader().open(in, exchange::RecipientIdentity{sites.b.id, {&rotated.keys}});
    REQUIRE_FALSE(refused.ok());
    CHECK(exchange::exchangeErrorOf(refused.error()) == ExchangeError::CannotUnsealKey);
    std::istringstream again(file);
    auto opened = sites.reader().open(again, exchange::RecipientIdentity{sites.b.id, {&rotated.keys, &sites.b.keys}});
    REQUIRE(opened.ok());
    CHECK(opened->body == "sealed to the old key");
}

TEST_CASE("Every single flipped byte of an exchange file is refused", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, bodyOfSize(150));
    REQUIRE(openAs(sites, sites.b, file).ok());
    std::map<ExchangeError, int> reasons;
    for (std::size_t i = 0; i < file.size(); ++i) {
        for (unsigned char flip : {0x01, 0x80}) {
            std::string tampered = file;
            tampered[i] = static_cast<char>(tampered[i] ^ flip);
            const auto reason = refusal(sites, sites.b, tampered);
            INFO("byte " << i << " xor " << int(flip));
            REQUIRE(reason.has_value());
            ++reasons[*reason];
        }
    }
    // Most flips are caught by the signature; the prelude and key ids have their own reasons.
    CHECK(reasons[ExchangeError::BadSignature] > static_cast<int>(file.size()));
    CHECK(reasons[ExchangeError::NotExchangeFile] == 16);
    CHECK(reasons[ExchangeError::UpgradeNeeded] > 0);
    CHECK(reasons[ExchangeError::UnknownSigner] > 0);
}

TEST_CASE("An exchange file cut short at any length is refused as incomplete", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, bodyOfSize(150));
    for (std::size_t length = 0; length < file.size(); ++length) {
        INFO("first " << length << " bytes");
        const std::string prefix = file.substr(0, length);
        CHECK(refusal(sites, sites.b, prefix) == ExchangeError::Incomplete);
        CHECK(refusal(sites, sites.b, prefix, false) == ExchangeError::Incomplete);
    }
    CHECK(exchange::isRetryable(ExchangeError::Incomplete));
    CHECK_FALSE(exchange::isRetryable(ExchangeError::BadSignature));
}

TEST_CASE("Chunks swapped, duplicated or removed are refused", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, bodyOfSize(3 * kSmallChunk));
    const std::size_t first = firstChunkOffset(file);
    const std::size_t chunk = kSmallChunk + exchange::format::kChunkOverheadBytes;
    REQUIRE(file.size() == first + 3 * chunk + exchange::format::kSignatureBytes);
    const std::string c0 = file.substr(first, chunk);
    const std::string c1 = file.substr(first + chunk, chunk);
    const std::string c2 = file.substr(first + 2 * chunk, chunk);
    const std::string head = file.substr(0, first);
    const std::string signature = file.substr(first + 3 * chunk);

    CHECK(refusal(sites, sites.b, head + c1 + c0 + c2 + signature) == ExchangeError::BadSignature);
    CHECK(refusal(sites, sites.b, head + c0 + c2 + c1 + signature) == ExchangeError::BadSignature);
    CHECK(refusal(sites, sites.b, head + c0 + c0 + c2 + signature) == ExchangeError::BadSignature);
    CHECK(refusal(sites, sites.b, head + c0 + c1 + c1 + c2 + signature) == ExchangeError::TrailingBytes);
    CHECK(refusal(sites, sites.b, head + c0 + c2 + signature) == ExchangeError::Incomplete);
    CHECK(refusal(sites, sites.b, head + c0 + c1 + signature) == ExchangeError::Incomplete);
    CHECK(refusal(sites, sites.b, head + c0 + c1 + c1 + c2 + signature, false) == ExchangeError::TrailingBytes);
}

TEST_CASE("Bytes after the signature are refused", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, "body");
    for (const std::string& extra : {std::string(1, '\0'), std::string("\n"), file}) {
        CHECK(refusal(sites, sites.b, file + extra) == ExchangeError::TrailingBytes);
        CHECK(refusal(sites, sites.b, file + extra, false) == ExchangeError::TrailingBytes);
    }
}

TEST_CASE("A header edited under the old signature is refused as tampered", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, bodyOfSize(100));
    std::string earlier = file;
    putLe(earlier, createdAtOffset(), testing::kExchangeTestNow - 86'400'000, 8);
    CHECK(refusal(sites, sites.b, earlier) == ExchangeError::BadSignature);

    std::string metadata = file;
    const std::size_t metadataAt = exchange::format::kPreludeBytes + headerLength(file) - 5;
    metadata[metadataAt] = '9';
    CHECK(refusal(sites, sites.b, metadata) == ExchangeError::BadSignature);

    // A recipient added by someone else: B re-sealed for D under A's signature.
    auto header = exchange::EnvelopeHeader::decode(
                      std::string_view(file).substr(exchange::format::kPreludeBytes, headerLength(file)))
                      .value();
    header.recipients[0].siteId = sites.d.id;
    header.recipients[0].keyId = sites.d.keys.fingerprint();
    const std::string encoded = header.encode();
    REQUIRE(encoded.size() == headerLength(file));
    const std::string readdressed = file.substr(0, exchange::format::kPreludeBytes) + encoded
        + file.substr(exchange::format::kPreludeBytes + encoded.size());
    CHECK(refusal(sites, sites.d, readdressed) == ExchangeError::BadSignature);
}

TEST_CASE("A file from a signer this site does not know is refused", "[exchange]")
{
    const TestSites sites;
    CHECK(refusal(sites, sites.b, writeFile(sites.e, {&sites.b}, "body")) == ExchangeError::UnknownSigner);
    // A known key claiming to be another site.
    const TestSite impostor{sites.c.id, testing::makeTestSite(sites.c.id, 0xA0).keys};
    auto opened = openAs(sites, sites.b, writeFile(impostor, {&sites.b}, "body"));
    REQUIRE_FALSE(opened.ok());
    CHECK(exchange::exchangeErrorOf(opened.error()) == ExchangeError::UnknownSigner);
    CHECK(opened.error().field == "sender site id");
    CHECK(opened.error().hint == sites.a.id);
}

TEST_CASE("A revoked signer's files are refused from its revocation on, earlier ones still open", "[exchange]")
{
    const TestSites sites;
    CHECK(refusal(sites, sites.b, writeFile(sites.r, {&sites.b}, "after", kSmallChunk, testing::kRevokedAt))
          == ExchangeError::RevokedSigner);
    CHECK(refusal(sites, sites.b, writeFile(sites.r, {&sites.b}, "later", kSmallChunk, testing::kExchangeTestNow))
          == ExchangeError::RevokedSigner);
    auto before
        = openAs(sites, sites.b, writeFile(sites.r, {&sites.b}, "before", kSmallChunk, testing::kRevokedAt - 1));
    REQUIRE(before.ok());
    CHECK(before->body == "before");
}

TEST_CASE("A file for another site, or sealed to a key this site does not hold, is refused", "[exchange]")
{
    const TestSites sites;
    CHECK(refusal(sites, sites.b, writeFile(sites.a, {&sites.c, &sites.d}, "body")) == ExchangeError::NotForThisSite);
    // Addressed to B's site id but sealed to D's key.
    EnvelopeWriter writer(sites.a.id, sites.a.keys);
    EnvelopeRequest request;
    request.recipients
        = {exchange::EnvelopeRecipientKey{sites.b.id, sites.d.keys.encryptionPublicKey(), sites.b.keys.fingerprint()}};
    CHECK(refusal(sites, sites.b, writer.writeToString(request, "body").value()) == ExchangeError::CannotUnsealKey);
    request.recipients
        = {exchange::EnvelopeRecipientKey{sites.b.id, sites.d.keys.encryptionPublicKey(), sites.d.keys.fingerprint()}};
    CHECK(refusal(sites, sites.b, writer.writeToString(request, "body").value()) == ExchangeError::CannotUnsealKey);
}

TEST_CASE("A file of a newer format version is refused as upgrade needed", "[exchange]")
{
    const TestSites sites;
    std::string file = writeFile(sites.a, {&sites.b}, "body");
    for (std::uint16_t version : {std::uint16_t{2}, std::uint16_t{0xFFFF}}) {
        std::string newer = file;
        putLe(newer, 8, version, 2);
        auto opened = openAs(sites, sites.b, newer);
        REQUIRE_FALSE(opened.ok());
        CHECK(exchange::exchangeErrorOf(opened.error()) == ExchangeError::UpgradeNeeded);
        CHECK(opened.error().value == std::to_string(version));
        CHECK(opened.error().hint == "1");
        // Whatever a newer version puts after its version number.
        CHECK(refusal(sites, sites.b, newer.substr(0, 10) + "anything at all") == ExchangeError::UpgradeNeeded);
    }
    std::string zero = file;
    putLe(zero, 8, 0, 2);
    CHECK(refusal(sites, sites.b, zero) == ExchangeError::HeaderMalformed);
}

TEST_CASE("Something that is not an exchange file is refused as such", "[exchange]")
{
    const TestSites sites;
    CHECK(refusal(sites, sites.b, R"({"resourceType": "Bundle"})") == ExchangeError::NotExchangeFile);
    CHECK(refusal(sites, sites.b, "PK\x03\x04") == ExchangeError::NotExchangeFile);
    CHECK(refusal(sites, sites.b,
                  std::string("\x89"
                              "CHX\n"))
          == ExchangeError::NotExchangeFile);
    CHECK(refusal(sites, sites.b, "") == ExchangeError::Incomplete);
    CHECK(refusal(sites, sites.b,
                  "\x89"
                  "CH")
          == ExchangeError::Incomplete);
}

TEST_CASE("Hostile lengths are refused before anything is allocated or decrypted", "[exchange]")
{
    const TestSites sites;
    const std::string file = writeFile(sites.a, {&sites.b}, bodyOfSize(100));
    std::string hugeHeader = file;
    putLe(hugeHeader, 12, 0xFFFFFFFF, 4);
    CHECK(refusal(sites, sites.b, hugeHeader) == ExchangeError::SizeLimitExceeded);
    std::string hugeBody = file;
    putLe(hugeBody, bodyLengthOffset(), 0xFFFFFFFFFFFFFFFFull, 8);
    CHECK(refusal(sites, sites.b, hugeBody) == ExchangeError::SizeLimitExceeded);
    std::string reserved = file;
    reserved[10] = 1;
    CHECK(refusal(sites, sites.b, reserved) == ExchangeError::HeaderMalformed);
    std::string tinyChunks = file;
    putLe(tinyChunks, bodyLengthOffset() - 4, 1, 4);
    CHECK(refusal(sites, sites.b, tinyChunks) == ExchangeError::HeaderMalformed);

    std::istringstream in(file);
    auto limited = sites.reader(exchange::ReaderLimits{99}).open(in, sites.b.identity());
    REQUIRE_FALSE(limited.ok());
    CHECK(exchange::exchangeErrorOf(limited.error()) == ExchangeError::SizeLimitExceeded);
    CHECK(limited.error().hint == "99");
    // However high the caller sets the limit, a declared length cannot overflow the size check.
    std::istringstream hostile(hugeBody);
    auto unlimited = sites.reader(exchange::ReaderLimits{~std::uint64_t{0}}).open(hostile, sites.b.identity());
    REQUIRE_FALSE(unlimited.ok());
    CHECK(exchange::exchangeErrorOf(unlimited.error()) == ExchangeError::SizeLimitExceeded);
}

TEST_CASE("Correctly signed files with a broken body are refused, each with its own reason", "[exchange]")
{
    const TestSites sites;
    const std::string body = bodyOfSize(150);
    auto defective = [&](EnvelopeDefect defect) {
        return writeFile(sites.a, {&sites.b}, body, kSmallChunk, testing::kExchangeTestNow, defect);
    };
    CHECK(refusal(sites, sites.b, defective(EnvelopeDefect::LastChunkNotFinal)) == ExchangeError::MissingFinal);
    CHECK(refusal(sites, sites.b, defective(EnvelopeDefect::FinalChunkEarly)) == ExchangeError::DataAfterFinal);
    CHECK(refusal(sites, sites.b, defective(EnvelopeDefect::CorruptChunk)) == ExchangeError::ChunkDecryptFailed);
    CHECK(refusal(sites, sites.b, defective(EnvelopeDefect::DamagedSealedKey)) == ExchangeError::CannotUnsealKey);
    // Each still verifies: the sender really did sign it.
    std::istringstream in(defective(EnvelopeDefect::CorruptChunk));
    CHECK(sites.reader().verify(in).ok());
}

TEST_CASE("Writing a file publishes it under its name only once it reads back and verifies", "[exchange]")
{
    const TestSites sites;
    testing::TempDir dir;
    EnvelopeWriter writer(sites.a.id, sites.a.keys);
    EnvelopeRequest request;
    request.recipients = {sites.b.recipient()};
    request.chunkSize = kSmallChunk;
    const std::string path = dir.file("to-b.chx");
    auto written = writer.writeFile(path, request, bodyOfSize(300));
    REQUIRE(written.ok());
    auto opened = sites.reader().openFile(path, sites.b.identity());
    REQUIRE(opened.ok());
    CHECK(opened->body == bodyOfSize(300));
    CHECK(opened->header.fileId == written->fileId);
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++entries;
    CHECK(entries == 1); // no temporary file left behind

    auto missing = sites.reader().openFile(dir.file("none.chx"), sites.b.identity());
    REQUIRE_FALSE(missing.ok());
    CHECK(exchange::exchangeErrorOf(missing.error()) == ExchangeError::ReadFailed);
    CHECK(missing.error().file == dir.file("none.chx"));
}

TEST_CASE("A folder that refuses the rename is a loud error and nothing is left behind", "[exchange]")
{
    const TestSites sites;
    testing::TempDir dir;
    // A non-empty folder where the file should go: rename(2) cannot replace it.
    std::filesystem::create_directory(dir.file("busy.chx"));
    std::ofstream(dir.file("busy.chx") + "/inside").put('x');
    EnvelopeWriter writer(sites.a.id, sites.a.keys);
    EnvelopeRequest request;
    request.recipients = {sites.b.recipient()};
    auto written = writer.writeFile(dir.file("busy.chx"), request, "body");
    REQUIRE_FALSE(written.ok());
    CHECK(exchange::exchangeErrorOf(written.error()) == ExchangeError::PublishFailed);
    CHECK_FALSE(written.error().hint.empty());
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++entries;
    CHECK(entries == 1);

    auto noFolder = writer.writeFile(dir.file("missing/file.chx"), request, "body");
    REQUIRE_FALSE(noFolder.ok());
    CHECK(exchange::exchangeErrorOf(noFolder.error()) == ExchangeError::WriteFailed);
}

TEST_CASE("A sink that fails part way (a full disk) fails the write with its error", "[exchange]")
{
    class FullDisk final : public exchange::ByteSink
    {
    public:
        explicit FullDisk(std::size_t room)
            : m_room(room)
        {
        }
        base::Status write(const unsigned char*, std::size_t size) override
        {
            if (size > m_room)
                return base::Error::make(base::ErrorCode::DiskFull);
            m_room -= size;
            return {};
        }

    private:
        std::size_t m_room;
    };
    const TestSites sites;
    EnvelopeWriter writer(sites.a.id, sites.a.keys);
    EnvelopeRequest request;
    request.recipients = {sites.b.recipient()};
    request.chunkSize = kSmallChunk;
    for (std::size_t room : {0u, 10u, 200u, 400u}) {
        FullDisk sink(room);
        auto written = writer.write(sink, request, bodyOfSize(200));
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == base::ErrorCode::DiskFull);
    }
}

TEST_CASE("A writer refuses a request it could only write as a file no reader accepts", "[exchange]")
{
    const TestSites sites;
    EnvelopeWriter writer(sites.a.id, sites.a.keys);
    EnvelopeRequest request;
    auto reasonFor = [&](const EnvelopeRequest& r) {
        auto written = writer.writeToString(r, "body");
        REQUIRE_FALSE(written.ok());
        return exchange::exchangeErrorOf(written.error());
    };
    CHECK(reasonFor(request) == ExchangeError::InvalidRequest); // nobody to send to
    request.recipients = {sites.b.recipient(), sites.b.recipient()};
    CHECK(reasonFor(request) == ExchangeError::InvalidRequest);
    request.recipients = {sites.b.recipient()};
    request.chunkSize = 10;
    CHECK(reasonFor(request) == ExchangeError::InvalidRequest);
    request.chunkSize = kSmallChunk;
    request.metadata.assign(exchange::format::kMaxMetadataBytes + 1, 'x');
    CHECK(reasonFor(request) == ExchangeError::InvalidRequest);
    EnvelopeWriter nameless("", sites.a.keys);
    request.metadata.clear();
    CHECK_FALSE(nameless.writeToString(request, "body").ok());
}

TEST_CASE("Every exchange reason has its own name and maps back from its error", "[exchange]")
{
    std::set<std::string> names;
    for (int i = 0; i <= static_cast<int>(ExchangeError::CardFingerprintMismatch); ++i) {
        const auto reason = static_cast<ExchangeError>(i);
        const auto error = exchange::makeExchangeError(reason, "field", "value");
        CHECK(exchange::exchangeErrorOf(error) == reason);
        CHECK(error.code == exchange::baseCodeFor(reason));
        names.insert(std::string(exchange::exchangeErrorName(reason)));
    }
    CHECK(names.size() == static_cast<std::size_t>(ExchangeError::CardFingerprintMismatch) + 1);
    CHECK_FALSE(exchange::exchangeErrorOf(base::Error::make(base::ErrorCode::IoFailed)).has_value());
}
