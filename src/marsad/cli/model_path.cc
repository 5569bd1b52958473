// Default model paths.
#include "marsad/cli/model_path.h"

#include <cstdlib>

#ifndef MARSAD_MODEL_DIR
#define MARSAD_MODEL_DIR "data/models"
#endif

namespace marsad::cli {

std::string DefaultModelPath(std::string_view file) {
  const char* env = std::getenv("MARSAD_MODELS");
  std::string dir = env != nullptr && *env != '\0' ? env : MARSAD_MODEL_DIR;
  return dir + "/" + std::string(file);
}

std::string NerModelPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("MARSAD_NER_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return DefaultModelPath("ner.model");
}

}  // namespace marsad::cli
