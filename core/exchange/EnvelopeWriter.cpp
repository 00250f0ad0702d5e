#include "core/exchange/EnvelopeWriter.h"

#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/ExchangeError.h"
#include "core/security/SiteKeys.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sodium.h>
#include <unistd.h>

namespace carehouse::exchange {

namespace {

static_assert(format::kFileKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(format::kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(format::kChunkOverheadBytes == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(format::kSealedKeyBytes == crypto_box_SEALBYTES + format::kFileKeyBytes);
static_assert(format::kSignatureBytes == crypto_sign_BYTES);

// Every byte of the file goes through here: to the sink and into the signature.
class SigningSink
{
public:
    explicit SigningSink(ByteSink& out)
        : m_out(out)
    {
        crypto_sign_init(&m_state);
    }
    base::Status put(const unsigned char* data, std::size_t size)
    {
        crypto_sign_update(&m_state, data, size);
        return m_out.write(data, size);
    }
    base::Status put(std::string_view bytes)
    {
        return put(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    }
    void sign(unsigned char* signature, const unsigned char* secretKey)
    {
        crypto_sign_final_create(&m_state, signature, nullptr, secretKey);
    }
    ByteSink& out() { return m_out; }

private:
    ByteSink& m_out;
    crypto_sign_state m_state;
};

// Wipes a secret buffer whatever way the function leaves.
template <std::size_t N>
struct WipedBytes
{
    unsigned char bytes[N]{};
    WipedBytes() = default;
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;
    ~WipedBytes() { sodium_memzero(bytes, N); }
};

std::string errnoText(int error)
{
    return std::strerror(error);
}

// A file descriptor sink: ENOSPC is reported as a full disk.
class FileSink final : public ByteSink
{
public:
    explicit FileSink(int fd)
        : m_fd(fd)
    {
    }
    base::Status write(const unsigned char* data, std::size_t size) override
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                const int error = errno;
                auto e = makeExchangeError(ExchangeError::WriteFailed, "file").withHint(errnoText(error));
                if (error == ENOSPC || error == EDQUOT)
                    e.code = base::ErrorCode::DiskFull;
                return e;
            }
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return {};
    }

private:
    int m_fd;
};

base::Error withFile(base::Error e, const std::string& path)
{
    e.file = path;
    return e;
}

} // namespace

EnvelopeWriter::EnvelopeWriter(std::string senderSiteId, const security::SiteKeys& senderKeys,
                               security::RandomSource& random)
    : m_senderSiteId(std::move(senderSiteId))
    , m_keys(senderKeys)
    , m_random(&random)
{
}

base::Result<EnvelopeHeader> EnvelopeWriter::write(ByteSink& out, const EnvelopeRequest& request,
                                                   std::string_view body) const
{
    if (sodium_init() < 0)
        return makeExchangeError(ExchangeError::WriteFailed).withHint("libsodium failed to initialise");
    if (!isValidEnvelopeSiteId(m_senderSiteId))
        return makeExchangeError(ExchangeError::InvalidRequest, "sender site id", m_senderSiteId);
    if (request.recipients.empty())
        return makeExchangeError(ExchangeError::InvalidRequest, "recipients");
    if (request.recipients.size() > format::kMaxRecipients)
        return makeExchangeError(ExchangeError::InvalidRequest, "recipients", std::to_string(request.recipients.size()))
            .withHint(std::to_string(format::kMaxRecipients));
    if (request.metadata.size() > format::kMaxMetadataBytes)
        return makeExchangeError(ExchangeError::InvalidRequest, "metadata", std::to_string(request.metadata.size()))
            .withHint(std::to_string(format::kMaxMetadataBytes));
    if (request.chunkSize < format::kMinChunkSize || request.chunkSize > format::kMaxChunkSize)
        return makeExchangeError(ExchangeError::InvalidRequest, "chunk size", std::to_string(request.chunkSize));
    if (body.size() > format::kDefaultMaxBodyBytes)
        return makeExchangeError(ExchangeError::InvalidRequest, "body", std::to_string(body.size()))
            .withHint(std::to_string(format::kDefaultMaxBodyBytes));

    EnvelopeHeader header;
    header.senderSiteId = m_senderSiteId;
    header.senderKeyId = m_keys.fingerprint();
    m_random->fill(header.fileId.data(), header.fileId.size());
    header.createdAtMillis = request.createdAtMillis;
    header.chunkSize = request.chunkSize;
    header.bodyLength = body.size();
    header.metadata = request.metadata;

    WipedBytes<format::kFileKeyBytes> fileKey;
    m_random->fill(fileKey.bytes, format::kFileKeyBytes);
    for (const auto& recipient : request.recipients) {
        if (!isValidEnvelopeSiteId(recipient.siteId))
            return makeExchangeError(ExchangeError::InvalidRequest, "recipient site id", recipient.siteId);
        if (header.recipientFor(recipient.siteId))
            return makeExchangeError(ExchangeError::InvalidRequest, "recipients", recipient.siteId);
        EnvelopeRecipient entry;
        entry.siteId = recipient.siteId;
        entry.keyId = recipient.keyId;
        if (crypto_box_seal(entry.sealedFileKey.data(), fileKey.bytes, format::kFileKeyBytes,
                            recipient.encryptionKey.data())
            != 0)
            return makeExchangeError(ExchangeError::InvalidRequest, "recipient key", recipient.siteId);
        if (m_defect == EnvelopeDefect::DamagedSealedKey)
            entry.sealedFileKey[format::kSealedKeyBytes - 1] ^= 0x01;
        header.recipients.push_back(std::move(entry));
    }

    const std::string headerBytes = header.encode();
    if (headerBytes.size() > format::kMaxHeaderBytes)
        return makeExchangeError(ExchangeError::InvalidRequest, "header", std::to_string(headerBytes.size()));

    SigningSink sink(out);
    unsigned char prelude[format::kPreludeBytes]{};
    std::memcpy(prelude, format::kMagic.data(), format::kMagic.size());
    prelude[8] = static_cast<unsigned char>(format::kVersion & 0xFF);
    prelude[9] = static_cast<unsigned char>(format::kVersion >> 8);
    for (int i = 0; i < 4; ++i)
        prelude[12 + i] = static_cast<unsigned char>(headerBytes.size() >> (8 * i));
    if (auto s = sink.put(prelude, sizeof prelude); !s)
        return s.error();
    if (auto s = sink.put(headerBytes); !s)
        return s.error();

    crypto_secretstream_xchacha20poly1305_state stream;
    unsigned char streamHeader[format::kStreamHeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&stream, streamHeader, fileKey.bytes);
    if (auto s = sink.put(streamHeader, sizeof streamHeader); !s) {
        sodium_memzero(&stream, sizeof stream);
        return s.error();
    }

    const std::uint64_t chunks = format::chunkCount(body.size(), header.chunkSize);
    std::vector<unsigned char> cipher(header.chunkSize + format::kChunkOverheadBytes);
    const auto* plain = reinterpret_cast<const unsigned char*>(body.data());
    for (std::uint64_t i = 0; i < chunks; ++i) {
        const bool last = i + 1 == chunks;
        const std::size_t offset = static_cast<std::size_t>(i * header.chunkSize);
        const std::size_t length = last ? body.size() - offset : header.chunkSize;
        unsigned char tag = last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (m_defect == EnvelopeDefect::LastChunkNotFinal && last)
            tag = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (m_defect == EnvelopeDefect::FinalChunkEarly && i == 0 && chunks > 1)
            tag = crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&stream, cipher.data(), &cipherLength, plain + offset, length,
                                                   header.fileId.data(), header.fileId.size(), tag);
        if (m_defect == EnvelopeDefect::CorruptChunk && last)
            cipher[cipherLength / 2] ^= 0x01;
        if (auto s = sink.put(cipher.data(), static_cast<std::size_t>(cipherLength)); !s) {
            sodium_memzero(&stream, sizeof stream);
            return s.error();
        }
    }
    sodium_memzero(&stream, sizeof stream);

    unsigned char signature[format::kSignatureBytes];
    sink.sign(signature, m_keys.signingSecretKey());
    if (auto s = out.write(signature, sizeof signature); !s)
        return s.error();
    return header;
}

base::Result<std::string> EnvelopeWriter::writeToString(const EnvelopeRequest& request, std::string_view body) const
{
    StringSink sink;
    auto header = write(sink, request, body);
    if (!header)
        return header.error();
    return sink.take();
}

base::Result<EnvelopeHeader> EnvelopeWriter::writeFile(const std::string& path, const EnvelopeRequest& request,
                                                       std::string_view body) const
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    unsigned char suffix[8];
    m_random->fill(suffix, sizeof suffix);
    // Appended, not `"." + string`: GCC 12 warns wrongly (-Wrestrict) about that form at -O2.
    std::string temporaryName(1, '.');
    temporaryName += target.filename().string();
    temporaryName += '.';
    for (unsigned char b : suffix)
        temporaryName += "0123456789abcdef"[b >> 4], temporaryName += "0123456789abcdef"[b & 0x0F];
    temporaryName += ".partial";
    const std::string temporary = (folder / temporaryName).string();

    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return withFile(makeExchangeError(ExchangeError::WriteFailed, "file").withHint(errnoText(errno)), temporary);
    auto discard = [&](base::Error e) {
        ::unlink(temporary.c_str());
        return withFile(std::move(e), path);
    };

    FileSink sink(fd);
    auto header = write(sink, request, body);
    if (!header) {
        ::close(fd);
        return discard(header.error());
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return discard(makeExchangeError(ExchangeError::WriteFailed, "fsync").withHint(errnoText(error)));
    }
    if (::close(fd) != 0)
        return discard(makeExchangeError(ExchangeError::WriteFailed, "close").withHint(errnoText(errno)));

    // Read it back as a peer would before anyone can see it under its real name.
    const std::string siteId = m_senderSiteId;
    const security::KeyFingerprint ownKey = m_keys.fingerprint();
    const security::SigningPublicKey ownSigningKey = m_keys.signingPublicKey();
    EnvelopeReader reader([&](const security::KeyFingerprint& keyId) -> std::optional<KnownSigner> {
        if (!(keyId == ownKey))
            return std::nullopt;
        return KnownSigner{siteId, ownSigningKey, std::nullopt};
    });
    auto verified = reader.verifyFile(temporary);
    if (!verified)
        return discard(makeExchangeError(ExchangeError::SelfCheckFailed, verified.error().field, verified.error().value)
                           .withHint(verified.error().detail));
    if (verified->fileId != header->fileId || verified->bodyLength != header->bodyLength)
        return discard(makeExchangeError(ExchangeError::SelfCheckFailed, "header"));

    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        return discard(makeExchangeError(ExchangeError::PublishFailed, "rename", temporary).withHint(errnoText(errno)));
    // Make the rename itself durable; a folder that cannot be synced (some network shares)
    // has still had the file published, so this is best effort.
    const int folderFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd >= 0) {
        ::fsync(folderFd);
        ::close(folderFd);
    }
    return header;
}

} // namespace carehouse::exchange
