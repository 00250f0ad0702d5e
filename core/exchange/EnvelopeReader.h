#pragma once

#include "core/base/Result.h"
#include "core/exchange/EnvelopeHeader.h"
#include "core/security/KeyFingerprint.h"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::security {
class SiteKeys;
}

namespace carehouse::exchange {

// A signer the reading site knows: a peer's (or its own) signing key, by key id.
struct KnownSigner
{
    std::string siteId; // the header's sender site id must be this
    security::SigningPublicKey signingKey{};
    // Set when the key is revoked: files created at or after this time are refused. The
    // creation time is the signer's own claim, so for a key known to be compromised revoke
    // from the earliest time (std::numeric_limits<std::int64_t>::min()) to refuse every file.
    std::optional<std::int64_t> revokedAtMillis;
};

// Looks a signer up by key id (fingerprint); nullopt for a key this site does not know.
using SignerLookup = std::function<std::optional<KnownSigner>(const security::KeyFingerprint& keyId)>;

// The reading site: its id and its encryption keys, current first, then any kept after a
// rotation so older files stay readable. The keys must outlive the call.
struct RecipientIdentity
{
    std::string siteId;
    std::vector<const security::SiteKeys*> keys;
};

struct ReaderLimits
{
    std::uint64_t maxBodyBytes = format::kDefaultMaxBodyBytes;
};

struct OpenedEnvelope
{
    EnvelopeHeader header;
    std::string body; // the plaintext (a FHIR R4 Bundle in JSON for the sync engine)
};

// Reads exchange file format version 1 in one pass through bounded memory: the plaintext
// result plus one chunk. The signature (Ed25519ph: crypto_sign_init/update/final_verify over
// every byte before it) is checked before anything is returned; plaintext decrypted from a
// file that then fails is wiped. The order of checks and the error for each are in
// docs/exchange-format.md ("What a reader checks"); every refusal is a makeExchangeError.
class EnvelopeReader
{
public:
    explicit EnvelopeReader(SignerLookup signers, ReaderLimits limits = {});

    // Everything that needs no recipient key: structure, sizes, signer, signature.
    base::Result<EnvelopeHeader> verify(std::istream& in) const;
    // verify, then this site's recipient entry, the file key, and every chunk.
    base::Result<OpenedEnvelope> open(std::istream& in, const RecipientIdentity& me) const;

    base::Result<EnvelopeHeader> verifyFile(const std::string& path) const;
    base::Result<OpenedEnvelope> openFile(const std::string& path, const RecipientIdentity& me) const;

    // The header alone, not verified (no signer, no signature): for listing a folder only.
    static base::Result<EnvelopeHeader> peekHeader(std::istream& in);

private:
    base::Result<OpenedEnvelope> read(std::istream& in, const RecipientIdentity* me) const;

    SignerLookup m_signers;
    ReaderLimits m_limits;
};

} // namespace carehouse::exchange
