// The quotes stage; see quotes_stage.h.
#include "marsad/engine/quotes_stage.h"

#include <utility>

#include "marsad/engine/record_codecs.h"
#include "marsad/quotes/extractor.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {
namespace {

class QuotesStage : public Stage {
 public:
  explicit QuotesStage(quotes::Extractor extractor) : extractor_(std::move(extractor)) {}

  std::string_view name() const override { return "quotes"; }

  // Extraction on the worker threads, with the worker's scratch buffers.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override {
    extractor_.Process(doc, &ctx->quotes);
    return Status::Ok();
  }

  // On the writer thread, after entities: the speakers' entity ids, then the record.
  bool ordered() const override { return true; }
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override {
    quotes::AssignSpeakerEntities(doc->mentions, &doc->quotes);
    if (ctx.batch != nullptr) ctx.batch->Put<QuotesCodec>(doc->document.id, doc->quotes);
    return Status::Ok();
  }

 private:
  quotes::Extractor extractor_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewQuotesStage() {
  const text::Analyzer analyzer;
  MARSAD_ASSIGN_OR_RETURN(quotes::Extractor extractor, quotes::Extractor::Create(analyzer));
  return std::unique_ptr<Stage>(std::make_unique<QuotesStage>(std::move(extractor)));
}

}  // namespace marsad::engine
