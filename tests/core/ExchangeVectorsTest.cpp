// The test vectors in tests/data/exchange: written by a fixed-seed generator (below), checked
// byte for byte against the committed files, and each read back for its expected result.
// Regenerate after a deliberate format change with
//   CAREHOUSE_WRITE_EXCHANGE_VECTORS=1 core_tests "[exchange-vectors]"

#include "core/exchange/ExchangeError.h"
#include "core/security/SeededRandom.h"
#include "tests/core/ExchangeTestSites.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sodium.h>
#include <sstream>

using namespace carehouse;
using exchange::EnvelopeDefect;
using exchange::ExchangeError;
using testing::TestSite;
using testing::TestSites;

namespace {

const std::string kVectorFolder = std::string(CAREHOUSE_TEST_DATA) + "/exchange";
constexpr std::uint32_t kChunk = 64;

// libsodium draws the secretstream header and the sealed boxes' ephemeral keys from its own
// generator; for the vectors that generator is swapped for a seeded one while they are written.
security::SeededRandom* g_sodiumRandom = nullptr;

const char* seededName()
{
    return "carehouse-test-seeded";
}

std::uint32_t seededRandom()
{
    unsigned char b[4];
    g_sodiumRandom->fill(b, sizeof b);
    return std::uint32_t{b[0]} | std::uint32_t{b[1]} << 8 | std::uint32_t{b[2]} << 16 | std::uint32_t{b[3]} << 24;
}

void seededBuf(void* const out, const std::size_t size)
{
    g_sodiumRandom->fill(static_cast<unsigned char*>(out), size);
}

randombytes_implementation g_seededImplementation = {seededName, seededRandom, nullptr, nullptr, seededBuf, nullptr};

class ScopedSeededSodium
{
public:
    explicit ScopedSeededSodium(const security::SeededRandom::Seed& seed)
        : m_random(seed)
    {
        REQUIRE(sodium_init() >= 0);
        g_sodiumRandom = &m_random;
        randombytes_set_implementation(&g_seededImplementation);
    }
    ~ScopedSeededSodium()
    {
        randombytes_set_implementation(&randombytes_sysrandom_implementation);
        g_sodiumRandom = nullptr;
    }
    ScopedSeededSodium(const ScopedSeededSodium&) = delete;
    ScopedSeededSodium& operator=(const ScopedSeededSodium&) = delete;

private:
    security::SeededRandom m_random;
};

security::SeededRandom::Seed seedFor(const std::string& name, const char* purpose)
{
    security::SeededRandom::Seed seed{};
    const std::string label = name + "/" + purpose;
    crypto_generichash(seed.data(), seed.size(), reinterpret_cast<const unsigned char*>(label.data()), label.size(),
                       nullptr, 0);
    return seed;
}

std::string vectorBody(std::size_t size)
{
    // Shaped like the Bundle the sync engine will send, cut or padded to the size wanted.
    std::string body = R"({"resourceType":"Bundle","type":"collection","entry":[)";
    while (body.size() < size)
        body += R"({"resource":{"resourceType":"Basic","id":"x"}},)";
    return body.substr(0, size);
}

struct Vector
{
    std::string name;
    std::string bytes;
    std::string expected; // "ok" or an exchangeErrorName
    std::size_t bodyLength = 0; // for "ok"
};

struct Spec
{
    const TestSite* sender;
    std::vector<const TestSite*> to;
    std::size_t bodyLength;
    std::int64_t createdAt = testing::kExchangeTestNow;
    EnvelopeDefect defect = EnvelopeDefect::None;
};

std::string writeVector(const std::string& name, const Spec& spec)
{
    ScopedSeededSodium sodium(seedFor(name, "libsodium"));
    security::SeededRandom random(seedFor(name, "writer"));
    exchange::EnvelopeWriter writer(spec.sender->id, spec.sender->keys, random);
    writer.setDefectForTestVectors(spec.defect);
    exchange::EnvelopeRequest request;
    for (const TestSite* site : spec.to)
        request.recipients.push_back(site->recipient());
    request.createdAtMillis = spec.createdAt;
    request.metadata = R"({"sender":"a","versions":{"a":[1,3]},"acks":{"b":7}})";
    request.chunkSize = kChunk;
    return writer.writeToString(request, vectorBody(spec.bodyLength)).value();
}

void putLe(std::string& file, std::size_t at, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        file[at + static_cast<std::size_t>(i)] = static_cast<char>(static_cast<unsigned char>(value >> (8 * i)));
}

std::vector<Vector> generateVectors(const TestSites& s)
{
    const auto name = [](ExchangeError reason) { return std::string(exchange::exchangeErrorName(reason)); };
    std::vector<Vector> v;
    auto valid = [&](const std::string& id, const Spec& spec) {
        v.push_back({id, writeVector(id, spec), "ok", spec.bodyLength});
    };
    valid("valid-empty-body", {&s.a, {&s.b}, 0});
    valid("valid-one-byte", {&s.a, {&s.b}, 1});
    valid("valid-one-chunk", {&s.a, {&s.b}, kChunk});
    valid("valid-three-chunks", {&s.a, {&s.b, &s.c}, 150});
    valid("valid-signed-before-revocation", {&s.r, {&s.b}, 20, testing::kRevokedAt - 1});

    const std::string base = writeVector("base", {&s.a, {&s.b}, 150});
    std::size_t headerLength = 0;
    for (int i = 3; i >= 0; --i)
        headerLength = (headerLength << 8) | static_cast<unsigned char>(base[12 + static_cast<std::size_t>(i)]);
    const std::size_t firstChunk
        = exchange::format::kPreludeBytes + headerLength + exchange::format::kStreamHeaderBytes;
    const std::size_t chunk = kChunk + exchange::format::kChunkOverheadBytes;
    const std::size_t bodyLengthAt = exchange::format::kPreludeBytes + 2 + s.a.id.size() + 32 + 16 + 8 + 4;
    auto edited = [&](const std::string& id, ExchangeError reason, auto edit) {
        std::string bytes = base;
        edit(bytes);
        v.push_back({id, bytes, name(reason), 0});
    };
    v.push_back({"broken-not-exchange-file", vectorBody(150), name(ExchangeError::NotExchangeFile), 0});
    edited("broken-newer-version", ExchangeError::UpgradeNeeded, [&](std::string& f) { putLe(f, 8, 2, 2); });
    v.push_back({"broken-empty-file", "", name(ExchangeError::Incomplete), 0});
    edited("broken-truncated", ExchangeError::Incomplete, [&](std::string& f) { f.resize(f.size() - 30); });
    edited("broken-trailing-bytes", ExchangeError::TrailingBytes, [&](std::string& f) { f += "\n"; });
    edited("broken-reserved-field-set", ExchangeError::HeaderMalformed, [&](std::string& f) { f[10] = 1; });
    edited("broken-hostile-header-length", ExchangeError::SizeLimitExceeded,
           [&](std::string& f) { putLe(f, 12, 0xFFFFFFFF, 4); });
    edited("broken-hostile-body-length", ExchangeError::SizeLimitExceeded,
           [&](std::string& f) { putLe(f, bodyLengthAt, 0xFFFFFFFFFFFFull, 8); });
    edited("broken-header-edited", ExchangeError::BadSignature,
           [&](std::string& f) { f[exchange::format::kPreludeBytes + headerLength - 3] = '8'; });
    edited("broken-chunks-swapped", ExchangeError::BadSignature, [&](std::string& f) {
        f = f.substr(0, firstChunk) + f.substr(firstChunk + chunk, chunk) + f.substr(firstChunk, chunk)
            + f.substr(firstChunk + 2 * chunk);
    });
    edited("broken-chunk-removed", ExchangeError::Incomplete,
           [&](std::string& f) { f = f.substr(0, firstChunk + chunk) + f.substr(firstChunk + 2 * chunk); });
    edited("broken-ciphertext-flipped", ExchangeError::BadSignature,
           [&](std::string& f) { f[firstChunk + 5] = static_cast<char>(f[firstChunk + 5] ^ 0x20); });
    edited("broken-signature-flipped", ExchangeError::BadSignature,
           [&](std::string& f) { f[f.size() - 1] = static_cast<char>(f[f.size() - 1] ^ 0x01); });

    auto signedAs = [&](const std::string& id, ExchangeError reason, const Spec& spec) {
        v.push_back({id, writeVector(id, spec), name(reason), 0});
    };
    signedAs("broken-unknown-signer", ExchangeError::UnknownSigner, {&s.e, {&s.b}, 40});
    signedAs("broken-revoked-signer", ExchangeError::RevokedSigner, {&s.r, {&s.b}, 40});
    signedAs("broken-not-for-this-site", ExchangeError::NotForThisSite, {&s.a, {&s.c, &s.d}, 40});
    signedAs("broken-sealed-key-damaged", ExchangeError::CannotUnsealKey,
             {&s.a, {&s.b}, 40, testing::kExchangeTestNow, EnvelopeDefect::DamagedSealedKey});
    signedAs("broken-chunk-corrupt-signed", ExchangeError::ChunkDecryptFailed,
             {&s.a, {&s.b}, 150, testing::kExchangeTestNow, EnvelopeDefect::CorruptChunk});
    signedAs("broken-missing-final-signed", ExchangeError::MissingFinal,
             {&s.a, {&s.b}, 150, testing::kExchangeTestNow, EnvelopeDefect::LastChunkNotFinal});
    signedAs("broken-final-early-signed", ExchangeError::DataAfterFinal,
             {&s.a, {&s.b}, 150, testing::kExchangeTestNow, EnvelopeDefect::FinalChunkEarly});
    return v;
}

std::string manifestOf(const std::vector<Vector>& vectors)
{
    std::string text;
    for (const auto& vector : vectors) {
        text += vector.name + ".chx " + vector.expected;
        if (vector.expected == "ok")
            text += " " + std::to_string(vector.bodyLength);
        text += "\n";
    }
    return text;
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("The committed exchange test vectors are exactly what the fixed-seed generator writes",
          "[exchange][exchange-vectors]")
{
    const TestSites sites;
    const auto vectors = generateVectors(sites);
    // Deterministic: a second run writes the same bytes.
    const auto again = generateVectors(sites);
    for (std::size_t i = 0; i < vectors.size(); ++i)
        CHECK(vectors[i].bytes == again[i].bytes);

    if (std::getenv("CAREHOUSE_WRITE_EXCHANGE_VECTORS")) {
        std::filesystem::create_directories(kVectorFolder);
        for (const auto& vector : vectors)
            std::ofstream(kVectorFolder + "/" + vector.name + ".chx", std::ios::binary) << vector.bytes;
        std::ofstream(kVectorFolder + "/expected.txt", std::ios::binary) << manifestOf(vectors);
    }
    CHECK(readAll(kVectorFolder + "/expected.txt") == manifestOf(vectors));
    for (const auto& vector : vectors) {
        INFO(vector.name);
        const std::string path = kVectorFolder + "/" + vector.name + ".chx";
        REQUIRE(std::filesystem::exists(path));
        CHECK(readAll(path) == vector.bytes);
    }
}

TEST_CASE("Every exchange test vector gives the result its manifest expects", "[exchange][exchange-vectors]")
{
    const TestSites sites;
    const auto reader = sites.reader();
    std::ifstream manifest(kVectorFolder + "/expected.txt");
    REQUIRE(manifest);
    std::map<std::string, bool> listed;
    std::string line;
    while (std::getline(manifest, line)) {
        std::istringstream fields(line);
        std::string file, expected;
        std::size_t bodyLength = 0;
        fields >> file >> expected >> bodyLength;
        INFO(file << " should give " << expected);
        listed[file] = true;
        auto opened = reader.openFile(kVectorFolder + "/" + file, sites.b.identity());
        if (expected == "ok") {
            REQUIRE(opened.ok());
            CHECK(opened->body == vectorBody(bodyLength));
        } else {
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().detail == expected);
        }
    }
    CHECK(listed.size() >= 20);
    for (const auto& entry : std::filesystem::directory_iterator(kVectorFolder))
        if (entry.path().extension() == ".chx")
            CHECK(listed.count(entry.path().filename().string()) == 1);
}
