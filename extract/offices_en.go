package extract

import _ "embed"

// English offices named by their place before "office" ("its first Hong Kong office"):
// cues/offices_en.tsv.

//go:embed cues/offices_en.tsv
var officeCuesTSV string
