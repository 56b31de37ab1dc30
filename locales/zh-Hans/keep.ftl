# The printable booklet, the offline copy ("Keep this language on this phone") and the
# page at the top of a `site-gen bundle` copy.

keep-heading = 保存这些指南
print-link = 把所有指南打印成一本小册子
print-title = 所有指南（打印版）
print-summary = 这种语言的所有指南都在一个页面上，还有免费法律帮助名单，可以打印或保存。
print-intro = 本页包含这种语言的所有指南和免费法律帮助名单。要打印，请使用浏览器的“打印”功能。请注意每份指南最后审核的日期：法律会变。
print-contents = 目录
offline-what = 您可以把这种语言的指南保存在这部手机上，没有网络也能阅读。只保存本网站的网页：指南、问题和搜索。
offline-privacy = 您的回答和搜索内容永远不会被保存。查看这部手机浏览器设置的人可以看到本网站已被保存。您可以随时用下面的按钮删除。
offline-size = 大约占用这部手机 { $size } MB 的空间。
offline-starting = 正在保存…
offline-saving = 正在保存：第 { $done } 个文件，共 { $total } 个…
offline-saved = 这些指南已保存在这部手机上。没有网络也能打开。
offline-failed = 无法保存指南。请在网络好一些时再试。
offline-removed = 已从这部手机删除保存的副本。
offline-keep = 把这种语言保存在这部手机上
offline-remove = 删除离线副本
## The page at the top of a copy made by `site-gen bundle`
bundle-open = 打开指南：{ $language }
