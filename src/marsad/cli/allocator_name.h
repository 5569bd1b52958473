// Which malloc the running process uses, for `marsad --version`.
#ifndef MARSAD_CLI_ALLOCATOR_NAME_H_
#define MARSAD_CLI_ALLOCATOR_NAME_H_

#include <string>

namespace marsad::cli {

// "jemalloc 5.3.0-0-g…", "mimalloc 2.0.9", "AddressSanitizer" or "glibc 2.36": the library
// that defines malloc in this process, not what the build asked for, so an LD_PRELOAD or a
// link that dropped jemalloc shows.
std::string AllocatorName();

}  // namespace marsad::cli

#endif  // MARSAD_CLI_ALLOCATOR_NAME_H_
