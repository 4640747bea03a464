package extract

import "regexp"

// enPremisesObjectRe: a verb phrase whose object is premises (an office, a lab, a plant…) right
// before in/across: the place after it is where the company is, which a LOCATED_IN cue reads
// ("office in", "operates a * in"), not a market it sells in. Plural sites other than offices
// and labs (operates warehouses in Singapore and Thailand) are a footprint: markets.
var enPremisesObjectRe = regexp.MustCompile(`\b(?:office|offices|headquarters|hq|hub|lab|labs|laboratory|factory|plant|campus|facility|warehouse|centre|center|base|branch|site|studio|showroom|premises) (?:in|across|throughout) (?:the )?$`)

// premisesObject reports whether a market verb's phrase ends with premises before its "in".
func premisesObject(phrase string) bool { return enPremisesObjectRe.MatchString(phrase) }
