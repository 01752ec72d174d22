// libFuzzer target: profile bytes as a user's file or a colleague's copy would bring them.
// Loading must never crash, and a profile that loads must survive its own save: what toJson()
// writes loads again to the same profile (the property saved profiles rely on).
#include "fuzzsupport.h"
#include "profile/profileio.h"

#include <cstdlib>

JCC_FUZZ_QT_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const profile::LoadResult loaded = profile::io::fromJson(bytes);
    if (!loaded.ok())
        return 0;
    (void)profile::io::validate(*loaded.profile);
    const QByteArray saved = profile::io::toJson(*loaded.profile);
    const profile::LoadResult again = profile::io::fromJson(saved);
    if (!again.ok() || !(*again.profile == *loaded.profile)) {
        // A profile that does not survive its own save: report as a crash with the input.
        qInstallMessageHandler(nullptr);
        qWarning("round trip failed: %s\nsaved: %s",
                 again.errors.join(QStringLiteral("; ")).toUtf8().constData(), saved.constData());
        std::abort();
    }
    return 0;
}
