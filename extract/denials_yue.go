package extract

// 被問到市場傳聞甲有意收購乙，她笑言：「冇呢回事」: Hong Kong papers quote a denial in Cantonese
// (冇 "there is no", 唔係 "it is not") or call the report a rumour outright (純屬謠言, 子虛烏有).
func init() {
	zhDenials = append(zhDenials, "冇", "唔系", "唔会", "纯属", "谣言", "子虚乌有")
}
