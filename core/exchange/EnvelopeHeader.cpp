#include "core/exchange/EnvelopeHeader.h"

#include "core/exchange/ExchangeError.h"

#include <cstring>

namespace carehouse::exchange {

namespace {

void putLe(std::string& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>(static_cast<unsigned char>(value >> (8 * i)));
}

template <std::size_t N>
void putBytes(std::string& out, const std::array<unsigned char, N>& bytes)
{
    out.append(reinterpret_cast<const char*>(bytes.data()), N);
}

// Reads fields from the header bytes; the first field that runs past the end fails.
class FieldReader
{
public:
    explicit FieldReader(std::string_view bytes)
        : m_bytes(bytes)
    {
    }
    bool has(std::size_t n) const { return m_bytes.size() - m_pos >= n; }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    std::uint64_t le(int bytes)
    {
        std::uint64_t value = 0;
        for (int i = bytes - 1; i >= 0; --i)
            value = (value << 8) | static_cast<unsigned char>(m_bytes[m_pos + static_cast<std::size_t>(i)]);
        m_pos += static_cast<std::size_t>(bytes);
        return value;
    }
    template <std::size_t N>
    void bytes(std::array<unsigned char, N>& out)
    {
        std::memcpy(out.data(), m_bytes.data() + m_pos, N);
        m_pos += N;
    }
    std::string text(std::size_t n)
    {
        std::string s(m_bytes.substr(m_pos, n));
        m_pos += n;
        return s;
    }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
};

base::Error malformed(std::string field)
{
    return makeExchangeError(ExchangeError::HeaderMalformed, std::move(field));
}

base::Result<std::string> siteIdField(FieldReader& r, const char* field)
{
    if (!r.has(2))
        return malformed(field);
    const auto length = static_cast<std::size_t>(r.le(2));
    if (length > format::kMaxSiteIdBytes || !r.has(length))
        return malformed(field);
    std::string id = r.text(length);
    if (!isValidEnvelopeSiteId(id))
        return malformed(field);
    return id;
}

} // namespace

bool isValidEnvelopeSiteId(std::string_view siteId)
{
    if (siteId.empty() || siteId.size() > format::kMaxSiteIdBytes)
        return false;
    for (char c : siteId)
        if (c < 0x21 || c > 0x7E)
            return false;
    return true;
}

std::string EnvelopeHeader::fileIdHex() const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s;
    for (unsigned char b : fileId) {
        s += kDigits[b >> 4];
        s += kDigits[b & 0x0F];
    }
    return s;
}

const EnvelopeRecipient* EnvelopeHeader::recipientFor(std::string_view siteId) const
{
    for (const auto& r : recipients)
        if (r.siteId == siteId)
            return &r;
    return nullptr;
}

std::string EnvelopeHeader::encode() const
{
    std::string out;
    putLe(out, senderSiteId.size(), 2);
    out += senderSiteId;
    putBytes(out, senderKeyId.bytes());
    putBytes(out, fileId);
    putLe(out, static_cast<std::uint64_t>(createdAtMillis), 8);
    putLe(out, chunkSize, 4);
    putLe(out, bodyLength, 8);
    putLe(out, recipients.size(), 2);
    for (const auto& r : recipients) {
        putLe(out, r.siteId.size(), 2);
        out += r.siteId;
        putBytes(out, r.keyId.bytes());
        putBytes(out, r.sealedFileKey);
    }
    putLe(out, metadata.size(), 4);
    out += metadata;
    return out;
}

base::Result<EnvelopeHeader> EnvelopeHeader::decode(std::string_view bytes)
{
    FieldReader r(bytes);
    EnvelopeHeader h;
    auto sender = siteIdField(r, "sender site id");
    if (!sender)
        return sender.error();
    h.senderSiteId = std::move(*sender);
    if (!r.has(format::kKeyIdBytes + format::kFileIdBytes + 8 + 4 + 8 + 2))
        return malformed("header");
    security::KeyFingerprint::Bytes keyId{};
    r.bytes(keyId);
    h.senderKeyId = security::KeyFingerprint(keyId);
    r.bytes(h.fileId);
    h.createdAtMillis = static_cast<std::int64_t>(r.le(8));
    h.chunkSize = static_cast<std::uint32_t>(r.le(4));
    if (h.chunkSize < format::kMinChunkSize || h.chunkSize > format::kMaxChunkSize)
        return malformed("chunk size").withHint(std::to_string(h.chunkSize));
    h.bodyLength = r.le(8);
    const auto count = static_cast<std::size_t>(r.le(2));
    if (count == 0)
        return malformed("recipients");
    if (count > format::kMaxRecipients)
        return makeExchangeError(ExchangeError::SizeLimitExceeded, "recipients", std::to_string(count))
            .withHint(std::to_string(format::kMaxRecipients));
    for (std::size_t i = 0; i < count; ++i) {
        EnvelopeRecipient recipient;
        auto id = siteIdField(r, "recipient site id");
        if (!id)
            return id.error();
        recipient.siteId = std::move(*id);
        if (!r.has(format::kKeyIdBytes + format::kSealedKeyBytes))
            return malformed("recipients");
        security::KeyFingerprint::Bytes recipientKey{};
        r.bytes(recipientKey);
        recipient.keyId = security::KeyFingerprint(recipientKey);
        r.bytes(recipient.sealedFileKey);
        if (h.recipientFor(recipient.siteId))
            return malformed("recipients").withHint(recipient.siteId);
        h.recipients.push_back(std::move(recipient));
    }
    if (!r.has(4))
        return malformed("metadata");
    const auto metadataLength = r.le(4);
    if (metadataLength > format::kMaxMetadataBytes)
        return makeExchangeError(ExchangeError::SizeLimitExceeded, "metadata", std::to_string(metadataLength))
            .withHint(std::to_string(format::kMaxMetadataBytes));
    if (!r.has(static_cast<std::size_t>(metadataLength)))
        return malformed("metadata");
    h.metadata = r.text(static_cast<std::size_t>(metadataLength));
    if (r.remaining() != 0)
        return malformed("header").withHint("unread bytes");
    return h;
}

} // namespace carehouse::exchange
