// The CLI's usage text and its usage errors (see usage.h).
#include "builder/usage.h"

#include <iostream>

namespace dutyatlas::builder {

const char* const kUsage =
    "usage:\n"
    "  dutyatlas build SOURCE_DIR -o OUT_DIR [--font FILE] [--font-face N] [--ui-text DIR]...\n"
    "                 [--no-edition]   (no HTML edition in OUT_DIR/text/)\n"
    "  dutyatlas check SOURCE_DIR [--font FILE] [--font-face N]   (the font whose coverage is checked)\n"
    "  dutyatlas query BUNDLE_DIR '{\"query\": \"categories\"}'   (the automation API's queries)\n"
    "  dutyatlas query BUNDLE_DIR --each FILE|-   (a JSON request per line → an answer per line)\n"
    "  dutyatlas query BUNDLE_DIR --search TEXT | --who TEXT [--json]\n"
    "  dutyatlas query BUNDLE_DIR --compare BODY [--from DATE] [--to DATE] [--changes-only] [--json|--csv|--xlsx FILE]\n"
    "  dutyatlas query BUNDLE_DIR --documents [--body ID] [--year YYYY] [--kind KIND] [--text W] | --document 文号 [--json|--html]\n"
    "  dutyatlas query BUNDLE_DIR --body ID [--date DATE] --html|--json   (--html: the printable 三定)\n"
    "  dutyatlas query BUNDLE_DIR --list KIND [--filter COLUMN=VALUE]... [--text T] [--sort COL[:desc]]\n"
    "                             [--columns a,b,c] [--csv|--json|--xlsx FILE]\n"
    "  dutyatlas diff OLD NEW [--json]   (each a publication folder or a source folder)\n"
    "  dutyatlas audit DIR [--json|--csv] [--years N] [--adjustments M] [--threshold X] [--top N] [--topics]\n"
    "  dutyatlas synth --scale N -o DIR [--from SOURCE_DIR]   (default SOURCE_DIR: assets/demo)\n"
    "  dutyatlas import sanding FILE.docx --body ID --document 文号 [--source DIR] [-o FILE.json]\n"
    "  dutyatlas import document FILE.docx [--document 文号] [-o FILE.json]   (a 三定 / document from Word)\n"
    "  dutyatlas --version\n";

int usage_error(const std::string& why, const char* usage) {
  std::cerr << "dutyatlas: " << why << "\n" << usage;
  return 2;
}

}  // namespace dutyatlas::builder
