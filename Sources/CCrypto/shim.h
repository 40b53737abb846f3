// OpenSSL's libcrypto (Debian libssl-dev), used only for SHA-256 of the build manifest: it picks the
// CPU's SHA instructions (SHA-NI) where there are some.
#include <openssl/evp.h>
