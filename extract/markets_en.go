package extract

import _ "embed"

// English markets named by the customers a company serves there ("sells sensors to growers in
// Malaysia", "buyers in Indonesia and Vietnam"): cues/markets_en.tsv.

//go:embed cues/markets_en.tsv
var marketCuesTSV string
