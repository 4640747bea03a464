package extract

import _ "embed"

// English acts stated at an event (signed, announced, pitched there): cues/events_en.tsv.

//go:embed cues/events_en.tsv
var eventCuesTSV string
