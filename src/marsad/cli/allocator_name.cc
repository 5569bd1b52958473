#include "marsad/cli/allocator_name.h"

#include <dlfcn.h>
#include <gnu/libc-version.h>

#include <cstddef>
#include <cstdlib>
#include <string_view>

// Weak: null unless the library is loaded, linked (CMake's MARSAD_ALLOCATOR) or preloaded.
extern "C" {
__attribute__((weak)) int mallctl(const char* name, void* oldp, std::size_t* oldlenp, void* newp,
                                  std::size_t newlen);
__attribute__((weak)) int mi_version();
}

namespace marsad::cli {

std::string AllocatorName() {
#if defined(__SANITIZE_ADDRESS__)
  return "AddressSanitizer";
#else
  // The object that defines the malloc calls bind to: with jemalloc linked and mimalloc
  // preloaded both are loaded, and the preloaded one wins.
  Dl_info info{};
  const std::string_view file =
      dladdr(reinterpret_cast<void*>(&std::malloc), &info) != 0 && info.dli_fname != nullptr ? info.dli_fname : "";
  if (file.find("jemalloc") != std::string_view::npos && mallctl != nullptr) {
    const char* version = nullptr;
    std::size_t size = sizeof(version);
    if (mallctl("version", &version, &size, nullptr, 0) == 0 && version != nullptr) {
      return std::string("jemalloc ") + version;
    }
    return "jemalloc";
  }
  if (file.find("mimalloc") != std::string_view::npos && mi_version != nullptr) {
    const int v = mi_version();  // major * 100 + minor * 10 + patch
    return "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." +
           std::to_string(v % 10);
  }
  if (file.find("libc.so") != std::string_view::npos) return std::string("glibc ") + gnu_get_libc_version();
  return file.empty() ? "unknown" : std::string(file);
#endif
}

}  // namespace marsad::cli
