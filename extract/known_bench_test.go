package extract

import (
	"fmt"
	"testing"
)

func manyKnown() []Known {
	var known []Known
	for i := 0; i < 5000; i++ {
		known = append(known, Known{ID: fmt.Sprintf("org-%d", i), Kind: "ORGANIZATION",
			Names: []string{fmt.Sprintf("Company %d Limited", i), fmt.Sprintf("公司%d號", i), fmt.Sprintf("公司%d号", i), fmt.Sprintf("C%d", i), fmt.Sprintf("企業%d", i)}})
	}
	return known
}

const shortArticle = "本地初創「匯立通」昨日宣布完成8,000萬港元A輪融資，由維港投資領投。"

// BenchmarkExtractManyKnown reads a short article knowing 5,000 entities (five names each),
// indexing their names on every call.
func BenchmarkExtractManyKnown(b *testing.B) {
	in := Input{Text: shortArticle, Language: "zh-Hant", Published: "2024-10-08", Known: manyKnown()}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Extract(in)
	}
}

// BenchmarkExtractManyKnownIndexed is the same with the Index built once, as ingest should.
func BenchmarkExtractManyKnownIndexed(b *testing.B) {
	in := Input{Text: shortArticle, Language: "zh-Hant", Published: "2024-10-08", Index: NewIndex(manyKnown())}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(in)
	}
}
