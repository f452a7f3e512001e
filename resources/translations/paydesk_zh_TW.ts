<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>PayDesk::Cli</name>
    <message>
        <source>Unknown option %1; options start with two dashes (see paydesk-cli --help).</source>
        <translation>無法辨識的選項 %1；選項須以兩個減號開頭（請參閱 paydesk-cli --help）。</translation>
    </message>
    <message>
        <source>The option --%1 belongs after the command; see paydesk-cli --help.</source>
        <translation>選項 --%1 須放在指令之後；請參閱 paydesk-cli --help。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for %2; see paydesk-cli --help.</source>
        <translation>%2 沒有 --%1 這個選項；請參閱 paydesk-cli --help。</translation>
    </message>
    <message>
        <source>Unknown option --%1; see paydesk-cli --help.</source>
        <translation>無法辨識的選項 --%1；請參閱 paydesk-cli --help。</translation>
    </message>
    <message>
        <source>The option --%1 was given more than once; give it once.</source>
        <translation>選項 --%1 重複指定了，請只指定一次。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>選項 --%1 不需要指定值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>選項 --%1 需要指定值。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see paydesk-cli --help.</source>
        <translation>無法辨識的指令「%1」；請參閱 paydesk-cli --help。</translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes no order or other argument; &quot;%2&quot; is one too many.</source>
        <translation>paydesk-cli %1 不需要指定訂單或其他參數；「%2」是多餘的。</translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes one order; &quot;%2&quot; is one too many.</source>
        <translation>paydesk-cli %1 只能指定一筆訂單；「%2」是多餘的。</translation>
    </message>
    <message>
        <source>Give the LINE Pay address with --api-base (or PAYDESK_API_BASE).</source>
        <translation>請用 --api-base（或 PAYDESK_API_BASE）指定 LINE Pay 網址。</translation>
    </message>
    <message>
        <source>Give the channel with --channel-id and --channel-secret-file (or PAYDESK_CHANNEL_ID and PAYDESK_CHANNEL_SECRET).</source>
        <translation>請用 --channel-id 和 --channel-secret-file（或 PAYDESK_CHANNEL_ID 和 PAYDESK_CHANNEL_SECRET）指定通路。</translation>
    </message>
    <message>
        <source>  refunded %1</source>
        <translation>  已退款 %1</translation>
    </message>
    <message>
        <source>  authorized until %1</source>
        <translation>  授權有效至 %1</translation>
    </message>
    <message>
        <source>Payment page: %1</source>
        <translation>付款頁面：%1</translation>
    </message>
    <message>
        <source>Give the currency with --currency (TWD, THB or USD).</source>
        <translation>請用 --currency 指定幣別（TWD、THB 或 USD）。</translation>
    </message>
    <message>
        <source>An item is NAME:QTY:PRICE, e.g. Coffee:2:120; &quot;%1&quot; is not.</source>
        <translation>品項格式為 NAME:QTY:PRICE，例如 Coffee:2:120；「%1」不符合此格式。</translation>
    </message>
    <message>
        <source>The quantity in &quot;%1&quot; must be a whole number of at least 1.</source>
        <translation>「%1」的數量必須是大於或等於 1 的整數。</translation>
    </message>
    <message>
        <source>The price in &quot;%1&quot;: %2</source>
        <translation>「%1」的價格：%2</translation>
    </message>
    <message>
        <source>Give the items with --item NAME:QTY:PRICE, or the total with --amount.</source>
        <translation>請用 --item NAME:QTY:PRICE 指定品項，或用 --amount 指定總金額。</translation>
    </message>
    <message>
        <source>--amount %1 differs from the items&apos; total %2.</source>
        <translation>--amount %1 與品項總計 %2 不符。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>無法辨識的狀態「%1」。</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>沒有訂單。</translation>
    </message>
    <message>
        <source>Choose --format csv or --format json.</source>
        <translation>請選擇 --format csv 或 --format json。</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for a CSV export.</source>
        <translation>使用 --json 時，若要匯出 CSV，請用 --out FILE 指定檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 筆訂單匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>paydesk-cli: %1</source>
        <translation>paydesk-cli：%1</translation>
    </message>
    <message>
        <source>Name a command; see paydesk-cli --help.</source>
        <translation>請指定指令；請參閱 paydesk-cli --help。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a new attempt of an existing order; give only --authorize-only.</source>
        <translation>選項 --%1 不適用於既有訂單的重新付款；只能指定 --authorize-only。</translation>
    </message>
    <message>
        <source>--interval takes a whole number of seconds from 1 to 3600.</source>
        <translation>--interval 須為 1 到 3600 之間的整數秒數。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Other users of this computer can read the channel secret file %1. Make it yours alone (chmod 600 &quot;%1&quot;) and try again.</source>
        <translation>這台電腦的其他使用者可以讀取 Channel Secret 檔案 %1。請將它設為只有您能讀取（chmod 600 &quot;%1&quot;）後再試一次。</translation>
    </message>
    <message>
        <source>The channel secret file %1 is empty; its first line must be the channel secret from LINE Pay Merchant Center.</source>
        <translation>Channel Secret 檔案 %1 是空的；第一行必須是 LINE Pay 商家後台的 Channel Secret。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>共 %n 筆紀錄，鏈結完整</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do with the audit trail: paydesk-cli audit verify.</source>
        <translation>請指定要對稽核紀錄做什麼：paydesk-cli audit verify。</translation>
    </message>
    <message>
        <source>%1: intact (integrity check and audit trail).</source>
        <translation>%1：完整無誤（完整性檢查與稽核紀錄）。</translation>
    </message>
    <message>
        <source>Say where to write the backup: --out FILE.</source>
        <translation>請指定備份要寫到哪裡：--out FILE。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>已寫入備份 %1 並完成檢查。</translation>
    </message>
    <message>
        <source>Name the backup to restore: paydesk-cli restore FILE.</source>
        <translation>請指定要還原的備份：paydesk-cli restore FILE。</translation>
    </message>
    <message>
        <source>Restored %1; what the database held before is kept in %2.</source>
        <translation>已還原 %1；資料庫原本的內容保留在 %2。</translation>
    </message>
    <message>
        <source>The --db option is empty; give the database file, or leave the option out for the usual one.</source>
        <translation>--db 選項是空的；請指定資料庫檔案，或省略此選項以使用預設的資料庫。</translation>
    </message>
    <message>
        <source>The channel secret file %1 is a folder; give the file that holds the secret.</source>
        <translation>Channel Secret 檔案 %1 是資料夾；請指定存放 Secret 的檔案。</translation>
    </message>
    <message>
        <source>Cannot read the channel secret file %1 (%2).</source>
        <translation>無法讀取 Channel Secret 檔案 %1（%2）。</translation>
    </message>
    <message>
        <source>Name the order: paydesk-cli %1 ORDER.</source>
        <translation>請指定訂單：paydesk-cli %1 ORDER。</translation>
    </message>
    <message>
        <source>The amount must be more than zero, not %1.</source>
        <translation>金額必須大於零，不能是 %1。</translation>
    </message>
    <message>
        <source>The --%1 option is blank; give a %1 or leave the option out.</source>
        <translation>--%1 選項是空白的；請填入 %1，或省略此選項。</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; has no name; write NAME:QTY:PRICE.</source>
        <translation>品項「%1」沒有名稱；請寫成 NAME:QTY:PRICE。</translation>
    </message>
    <message>
        <source>At most %1 can be captured for order %2, not %3.</source>
        <translation>訂單 %2 最多只能請款 %1，不能請款 %3。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>--orders takes a number of orders from 1 to 100,000,000.</source>
        <translation>--orders 需要 1 到 100,000,000 之間的訂單數。</translation>
    </message>
    <message>
        <source>Say where to write the new database: --out FILE.</source>
        <translation>請指定新資料庫要寫到哪裡：--out FILE。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 需要一個整數。</translation>
    </message>
    <message>
        <source>%1: %2 orders, %3 items, %4 payments, %5 refunds, %6 audit entries in %7 s.</source>
        <translation>%1：%2 筆訂單、%3 個品項、%4 筆付款、%5 筆退款、%6 筆稽核紀錄，耗時 %7 秒。</translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2026-11-29.</source>
        <translation>--%1 需要一個日期，例如 2026-11-29。</translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0.</source>
        <translation>--limit 需要大於 0 的整數。</translation>
    </message>
    <message>
        <source>%1 (transaction %2): was %3; now %4 as LINE Pay has it.</source>
        <translation>%1（交易 %2）：原為 %3；已依 LINE Pay 更新為 %4。</translation>
    </message>
    <message>
        <source>%1 (transaction %2): here %3; LINE Pay %4. Left unchanged: %5</source>
        <translation>%1（交易 %2）：本機 %3；LINE Pay %4。未變更：%5</translation>
    </message>
    <message>
        <source>Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to check; %5 left to another PayDesk that is working on them.</source>
        <translation>已與 LINE Pay 核對 %1 筆付款（%2 次查詢）：%3 筆差異，%4 筆待您確認；%5 筆由另一個正在處理的 PayDesk 負責。</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>對帳已中止：%1</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是「%1」。</translation>
    </message>
    <message>
        <source>%1, %2: closed %3 by %4</source>
        <translation>%1，%2：%4 於 %3 日結</translation>
    </message>
    <message>
        <source>%1: not closed</source>
        <translation>%1：尚未日結</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>自 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>No money moved on this day.</source>
        <translation>當天沒有任何款項進出。</translation>
    </message>
    <message>
        <source>%1: captured %2 (%3), refunded %4 (%5), voided %6 (%7), net %8</source>
        <translation>%1：請款 %2（%3 筆），退款 %4（%5 筆），取消授權 %6（%7 筆），淨額 %8</translation>
    </message>
    <message>
        <source>--format takes text, json, csv or pdf, not &quot;%1&quot;.</source>
        <translation>--format 只能是 text、json、csv 或 pdf，不能是「%1」。</translation>
    </message>
    <message>
        <source>Say where to write the PDF: --out FILE.</source>
        <translation>請指定 PDF 要寫到哪裡：--out FILE。</translation>
    </message>
    <message>
        <source>--paper takes a4, 80mm or 58mm.</source>
        <translation>--paper 只能是 a4、80mm 或 58mm。</translation>
    </message>
    <message>
        <source>Report of %1 written to %2.</source>
        <translation>已將 %1 的報表寫入 %2。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>已將報表寫入 %1。</translation>
    </message>
    <message>
        <source>The day is closed, but its PDF was not written: %1 Print it again with paydesk-cli report --date %2 --format pdf --out FILE.</source>
        <translation>已完成日結，但未寫入 PDF：%1 請用 paydesk-cli report --date %2 --format pdf --out FILE 重新產生。</translation>
    </message>
    <message>
        <source>--refund takes the number of one of the order&apos;s refunds.</source>
        <translation>--refund 需要指定這筆訂單其中一筆退款的編號。</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2.</source>
        <translation>已將訂單 %1 的收據寫入 %2。</translation>
    </message>
    <message>
        <source>Shop: %1
Tax id: %2
Address: %3
Phone: %4</source>
        <translation>店名：%1
統一編號：%2
地址：%3
電話：%4</translation>
    </message>
    <message>
        <source>Only the owner can close the day: add --as owner.</source>
        <translation>只有店主可以日結：請加上 --as owner。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details: add --as owner.</source>
        <translation>只有店主可以變更商店資料：請加上 --as owner。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Give the PIN in a file (--pin-file FILE), or run on a terminal to type it.</source>
        <translation>請用檔案提供 PIN 碼（--pin-file FILE），或在終端機上執行以輸入 PIN 碼。</translation>
    </message>
    <message>
        <source>No PIN was typed.</source>
        <translation>未輸入 PIN 碼。</translation>
    </message>
    <message>
        <source>--pin-file goes with --as owner.</source>
        <translation>--pin-file 須與 --as owner 一起使用。</translation>
    </message>
    <message>
        <source>--as takes owner.</source>
        <translation>--as 只能是 owner。</translation>
    </message>
    <message>
        <source>The shop has no owner on its staff list yet: add one with paydesk-cli staff add NAME --role owner.</source>
        <translation>員工名單中還沒有店主：請用 paydesk-cli staff add NAME --role owner 新增。</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>%1 的 PIN 碼： </translation>
    </message>
    <message>
        <source>Say what to do with the staff: paydesk-cli staff list, or staff add NAME --role owner|clerk.</source>
        <translation>請指定要對員工名單做什麼：paydesk-cli staff list，或 staff add NAME --role owner|clerk。</translation>
    </message>
    <message>
        <source>Give the name and the role: paydesk-cli staff add NAME --role owner|clerk.</source>
        <translation>請指定姓名與角色：paydesk-cli staff add NAME --role owner|clerk。</translation>
    </message>
    <message>
        <source>New PIN of %1: </source>
        <translation>%1 的新 PIN 碼： </translation>
    </message>
    <message>
        <source>staff list takes no name.</source>
        <translation>staff list 不需要指定姓名。</translation>
    </message>
    <message>
        <source>No staff yet.</source>
        <translation>員工名單中還沒有任何人。</translation>
    </message>
    <message>
        <source>Voiding order %1 is above what a clerk may do alone: add --as owner (the owner&apos;s PIN). Nothing was sent.</source>
        <translation>訂單 %1 的取消授權超過店員可自行處理的金額：請加上 --as owner（需要店主的 PIN 碼）。尚未送出任何資料。</translation>
    </message>
    <message>
        <source>This refund of order %1 is above what a clerk may do alone: add --as owner (the owner&apos;s PIN). Nothing was sent.</source>
        <translation>訂單 %1 的這筆退款超過店員可自行處理的金額：請加上 --as owner（需要店主的 PIN 碼）。尚未送出任何資料。</translation>
    </message>
</context>
<context>
    <name>PayDesk::ConnectionTest</name>
    <message>
        <source>The connection works: LINE Pay accepted the channel ID and secret.</source>
        <translation>連線正常：LINE Pay 已接受通路 ID 與通路密鑰。</translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay</name>
    <message>
        <source>LINE Pay sent an answer PayDesk cannot read (%1).</source>
        <translation>LINE Pay 傳回的回應 PayDesk 無法讀取（%1）。</translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay::Client</name>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https:// for %1.</source>
        <translation>只有本機（loopback）才能使用 http://；%1 請改用 https://。</translation>
    </message>
    <message>
        <source>No network is available.</source>
        <translation>目前沒有網路連線。</translation>
    </message>
    <message>
        <source>PayDesk could not reach LINE Pay (%1). Nothing was sent; check the network and try again.</source>
        <translation>PayDesk 無法連線到 LINE Pay（%1）。尚未送出任何資料；請檢查網路後再試一次。</translation>
    </message>
    <message numerus="yes">
        <source>The connection to LINE Pay broke %n time(s) while reading (%1). Nothing was changed; check the network and try again.</source>
        <translation>
            <numerusform>讀取時與 LINE Pay 的連線中斷了 %n 次（%1）。沒有任何變更；請檢查網路後再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE Pay did not answer in time; the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation>LINE Pay 未及時回應；在 PayDesk 向 LINE Pay 查詢之前，結果未明。</translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke before the answer arrived (%1); the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation>收到回應前與 LINE Pay 的連線已中斷（%1）；在 PayDesk 向 LINE Pay 查詢之前，結果未明。</translation>
    </message>
    <message>
        <source>The LINE Pay address &quot;%1&quot; is not a valid URL; write it like https://api-pay.line.me.</source>
        <translation>LINE Pay 位址「%1」不是有效的網址；請寫成像 https://api-pay.line.me 的格式。</translation>
    </message>
    <message>
        <source>The LINE Pay address %1 must start with https:// (or http:// for a sandbox on this computer).</source>
        <translation>LINE Pay 位址 %1 必須以 https:// 開頭（本機上的測試環境可用 http://）。</translation>
    </message>
    <message>
        <source>LINE Pay answered with HTTP status %1 instead of a result.</source>
        <translation>LINE Pay 回傳了 HTTP 狀態碼 %1，而不是處理結果。</translation>
    </message>
    <message>
        <source>LINE Pay closed the connection without an answer</source>
        <translation>LINE Pay 未回應就關閉了連線</translation>
    </message>
    <message>
        <source>LINE Pay refused the connection</source>
        <translation>LINE Pay 拒絕了連線</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>找不到主機 %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未在時限內回應</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>無法建立安全連線</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>網路錯誤 %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Money</name>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD.</source>
        <translation>不支援幣別「%1」；請使用 TWD、THB 或 USD。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 120 or 12.50.</source>
        <translation>「%1」不是有效的金額；請輸入如 120 或 12.50 的格式。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>金額 %1 過大。</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation>無法將 %1 加到 %2。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額過大。</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2.</source>
        <translation>無法從 %2 扣除 %1。</translation>
    </message>
    <message>
        <source>LINE Pay Japan closed in April 2025: JPY payments can no longer be requested. Use TWD, THB or USD.</source>
        <translation>LINE Pay 日本已於 2025 年 4 月結束服務：無法再發起日圓付款。請使用 TWD、THB 或 USD。</translation>
    </message>
    <message>
        <source>Choose a currency: TWD, THB or USD.</source>
        <translation>請選擇幣別：TWD、THB 或 USD。</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD (in capitals).</source>
        <translation>不支援幣別「%1」；請使用 TWD、THB 或 USD（大寫）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has decimals, but %2 amounts have none.</source>
        <translation>「%1」有小數，但 %2 金額不能有小數。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: %2 amounts have at most %3.</source>
        <translation>「%1」的小數位數太多：%2 金額最多 %3 位小數。</translation>
    </message>
</context>
<context>
    <name>PayDesk::MoneyCall</name>
    <message>
        <source>waiting for the customer</source>
        <translation>等待顧客付款</translation>
    </message>
    <message>
        <source>authorized until %1</source>
        <translation>授權有效至 %1</translation>
    </message>
    <message>
        <source>%1 captured</source>
        <translation>已請款 %1</translation>
    </message>
    <message>
        <source>(LINE Pay reports %1 paid, %2 expected)</source>
        <translation>（LINE Pay 顯示已付款 %1，應為 %2）</translation>
    </message>
    <message>
        <source>authorization voided</source>
        <translation>已取消授權</translation>
    </message>
    <message>
        <source>refund accepted</source>
        <translation>退款已受理</translation>
    </message>
</context>
<context>
    <name>PayDesk::Order</name>
    <message>
        <source>Add at least one item.</source>
        <translation>請至少新增一個品項。</translation>
    </message>
    <message>
        <source>Every item needs a name.</source>
        <translation>每個品項都需要名稱。</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and 1,000,000.</source>
        <translation>「%1」的數量必須介於 1 到 1,000,000 之間。</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; is not in %2.</source>
        <translation>「%1」的價格不是以 %2 計價。</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>總金額必須大於零。</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation>%1太長：共 %2 個字，最多 %3 個字。</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2); type it again without it.</source>
        <translation>%1含有控制字元（U+%2）；請重新輸入，不要包含它。</translation>
    </message>
    <message>
        <source>The customer name is blank; give a name or none.</source>
        <translation>顧客姓名是空白的；請填入姓名，或完全不填。</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>顧客姓名</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>The phone number is too long: at most 30 characters.</source>
        <translation>電話號碼太長：最多 30 個字元。</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only have digits, spaces and + - ( ).</source>
        <translation>電話號碼「%1」只能包含數字、空格及 + - ( )。</translation>
    </message>
    <message>
        <source>item name</source>
        <translation>品項名稱</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero, not %2.</source>
        <translation>「%1」的單價必須大於零，不能是 %2。</translation>
    </message>
    <message>
        <source>The total is more than LINE Pay takes in one payment (at most %1).</source>
        <translation>總金額超過 LINE Pay 單筆付款的上限（最多 %1）。</translation>
    </message>
    <message>
        <source>The total %1 is more than LINE Pay takes in one payment (at most %2).</source>
        <translation>總金額 %1 超過 LINE Pay 單筆付款的上限（最多 %2）。</translation>
    </message>
</context>
<context>
    <name>PayDesk::PaymentService</name>
    <message>
        <source>Order %1 cannot get a new payment request: its payment is %2.</source>
        <translation>訂單 %1 無法重新發起付款請求：目前付款狀態為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 cannot be confirmed: its payment is %2.</source>
        <translation>訂單 %1 無法確認付款：目前付款狀態為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 cannot be captured: its payment is %2.</source>
        <translation>訂單 %1 無法請款：目前付款狀態為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 cannot be voided: its payment is %2.</source>
        <translation>訂單 %1 無法取消授權：目前付款狀態為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 cannot be refunded: its payment is %2.</source>
        <translation>訂單 %1 無法退款：目前付款狀態為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 cannot do that now: its payment is %2.</source>
        <translation>訂單 %1 目前無法執行此操作：付款狀態為「%2」。</translation>
    </message>
    <message>
        <source>The payment request sent at %1 went through; nothing more was sent.</source>
        <translation>%1 送出的付款請求已完成；未再重複送出。</translation>
    </message>
    <message>
        <source>The confirmation sent at %1 went through; nothing more was sent.</source>
        <translation>%1 送出的確認付款已完成；未再重複送出。</translation>
    </message>
    <message>
        <source>The capture of %1 sent at %2 went through; nothing more was sent.</source>
        <translation>%2 送出的 %1 請款已完成；未再重複送出。</translation>
    </message>
    <message>
        <source>The void sent at %1 went through; nothing more was sent.</source>
        <translation>%1 送出的取消授權已完成；未再重複送出。</translation>
    </message>
    <message>
        <source>The refund of %1 sent at %2 went through; nothing more was sent.</source>
        <translation>%2 送出的 %1 退款已完成；未再重複送出。</translation>
    </message>
    <message>
        <source>The full refund sent at %1 went through; nothing more was sent.</source>
        <translation>%1 送出的全額退款已完成；未再重複送出。</translation>
    </message>
    <message>
        <source>The outcome of the payment request %1 is still unknown: %2</source>
        <translation>付款請求 %1 的結果仍未明：%2</translation>
    </message>
    <message>
        <source>The outcome of the confirmation of payment %1 is still unknown: %2</source>
        <translation>付款 %1 的確認付款結果仍未明：%2</translation>
    </message>
    <message>
        <source>The outcome of the capture of payment %1 is still unknown: %2</source>
        <translation>付款 %1 的請款結果仍未明：%2</translation>
    </message>
    <message>
        <source>The outcome of the void of payment %1 is still unknown: %2</source>
        <translation>付款 %1 的取消授權結果仍未明：%2</translation>
    </message>
    <message>
        <source>The outcome of the refund of payment %1 is still unknown: %2</source>
        <translation>付款 %1 的退款結果仍未明：%2</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>%1 refunded (%2)</source>
        <translation>已退款 %1（%2）</translation>
    </message>
    <message>
        <source>This order is already being processed; wait for the current step to finish.</source>
        <translation>這筆訂單正在處理中，請等目前的步驟完成。</translation>
    </message>
    <message>
        <source>Order %1 is being processed by another PayDesk (%2, process %3 on %4) since %5; nothing was sent. Wait for it to finish, then try again.</source>
        <translation>訂單 %1 自 %5 起正由另一個 PayDesk 處理中（%2，%4 上的程序 %3）；尚未送出任何資料。請等它完成後再試一次。</translation>
    </message>
    <message>
        <source>Payment %1 stays in doubt after recovery; check it in the LINE Pay merchant center.</source>
        <translation>付款 %1 經補查後結果仍未明；請到 LINE Pay 商家後台確認。</translation>
    </message>
    <message>
        <source>Payment %1 is in doubt without a journal entry; check it in the LINE Pay merchant center.</source>
        <translation>付款 %1 結果未明，且沒有對應的操作紀錄；請到 LINE Pay 商家後台確認。</translation>
    </message>
    <message>
        <source>Payment %1 is in doubt; run recovery before trying again.</source>
        <translation>付款 %1 結果未明；請先執行補查再重試。</translation>
    </message>
    <message>
        <source>Order %1 has nothing left to refund.</source>
        <translation>訂單 %1 已無可退款的金額。</translation>
    </message>
    <message>
        <source>Enter a capture amount in %1 above zero.</source>
        <translation>請輸入大於零的請款金額（%1）。</translation>
    </message>
    <message>
        <source>Enter a refund amount in %1 above zero.</source>
        <translation>請輸入大於零的退款金額（%1）。</translation>
    </message>
    <message>
        <source>%1 sent to LINE Pay</source>
        <translation>已向 LINE Pay 送出 %1 的請求</translation>
    </message>
    <message>
        <source>sent to LINE Pay</source>
        <translation>已送至 LINE Pay</translation>
    </message>
    <message>
        <source>Another PayDesk changed this order at the same moment; nothing was sent. Try again.</source>
        <translation>另一個 PayDesk 同時變更了這筆訂單；尚未送出任何資料。請再試一次。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>尚未送出任何資料。</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call before it was sent; nothing was sent. Try again.</source>
        <translation>另一個 PayDesk 在送出前已處理完此操作；尚未送出任何資料。請再試一次。</translation>
    </message>
    <message>
        <source>Nothing was sent; recovery will settle the payment without calling LINE Pay.</source>
        <translation>尚未送出任何資料；補查時會直接處理這筆付款，不會連線 LINE Pay。</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first.</source>
        <translation>另一個 PayDesk 已先處理完此操作。</translation>
    </message>
    <message>
        <source>Another PayDesk recorded the outcome of this call first: it went through.</source>
        <translation>另一個 PayDesk 已先記錄此操作的結果：已完成。</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first; check the order before trying again.</source>
        <translation>另一個 PayDesk 已先處理完此操作；請先檢查訂單再重試。</translation>
    </message>
    <message>
        <source>The payment stays in doubt; check it in the LINE Pay merchant center.</source>
        <translation>這筆付款結果仍未明；請到 LINE Pay 商家後台確認。</translation>
    </message>
    <message>
        <source>LINE Pay answered, but PayDesk could not save the answer: %1 The payment stays in doubt until recovery (paydesk-cli recover, or Refresh from LINE Pay); nothing will be sent again.</source>
        <translation>LINE Pay 已回應，但 PayDesk 無法儲存回應內容：%1 在執行補查（paydesk-cli recover，或「從 LINE Pay 更新」）之前，這筆付款的結果仍未明；不會再重複送出。</translation>
    </message>
    <message>
        <source>Run recovery (paydesk-cli recover, or Refresh from LINE Pay) before trying again.</source>
        <translation>請先執行補查（paydesk-cli recover，或「從 LINE Pay 更新」）再重試。</translation>
    </message>
    <message>
        <source>LINE Pay&apos;s answer would leave the payment %1, which this call cannot lead to.</source>
        <translation>LINE Pay 的回應會讓付款變成「%1」，但此操作不應產生這種結果。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund; its amount could not be read yet.</source>
        <translation>LINE Pay 已受理全額退款，但目前還無法讀取退款金額。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund, but PayDesk could not read how much it refunded (%1). Run recovery (paydesk-cli recover, or Refresh from LINE Pay) to record it; nothing will be sent again.</source>
        <translation>LINE Pay 已受理全額退款，但 PayDesk 無法讀取退款金額（%1）。請執行補查（paydesk-cli recover，或「從 LINE Pay 更新」）以記錄退款；不會再重複送出。</translation>
    </message>
    <message>
        <source>LINE Pay was asked about this payment less than a second ago.</source>
        <translation>不到一秒前才向 LINE Pay 查詢過這筆付款。</translation>
    </message>
    <message>
        <source>Order %1 has no LINE Pay transaction yet.</source>
        <translation>訂單 %1 尚無 LINE Pay 交易。</translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment while LINE Pay was asked; its record stands.</source>
        <translation>查詢 LINE Pay 期間，另一個 PayDesk 變更了這筆付款；以其紀錄為準。</translation>
    </message>
    <message>
        <source>PayDesk left the order unchanged; check it in the LINE Pay merchant center.</source>
        <translation>PayDesk 未變更這筆訂單；請到 LINE Pay 商家後台確認。</translation>
    </message>
    <message>
        <source>LINE Pay reported an unknown payment status &quot;%1&quot;.</source>
        <translation>LINE Pay 回報了無法辨識的付款狀態「%1」。</translation>
    </message>
    <message>
        <source>recorded from LINE Pay</source>
        <translation>依 LINE Pay 資料記錄</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are being processed by another PayDesk and are left to it; run recovery again once it has finished.</source>
        <translation>
            <numerusform>有 %n 筆付款正由另一個 PayDesk 處理中，已交由它處理；待其完成後請再執行一次補查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment is settled.</source>
        <translation>所有付款皆已處理完畢。</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>未曾送出</translation>
    </message>
    <message>
        <source>the answer to the request was lost; this attempt is abandoned</source>
        <translation>付款請求的回應遺失；已放棄這次付款嘗試</translation>
    </message>
    <message>
        <source>LINE Pay does not list the payment.</source>
        <translation>LINE Pay 查無這筆付款。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the refund but does not list it yet.</source>
        <translation>LINE Pay 已受理退款，但目前尚未列出。</translation>
    </message>
    <message>
        <source>LINE Pay shows that it went through</source>
        <translation>LINE Pay 顯示已完成</translation>
    </message>
    <message>
        <source>LINE Pay shows that it did not happen</source>
        <translation>LINE Pay 顯示未執行</translation>
    </message>
    <message>
        <source>%1; settled by recovery, now %2</source>
        <translation>%1；已由補查處理，目前狀態為「%2」</translation>
    </message>
    <message>
        <source>The confirmation of %1 is still unknown: %2</source>
        <translation>%1 的確認付款結果仍未明：%2</translation>
    </message>
    <message>
        <source>the confirmation did not happen</source>
        <translation>確認付款未執行</translation>
    </message>
    <message>
        <source>LINE Pay does not show the payment request yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay 尚未顯示這筆付款請求，可能仍在處理中；請於 %1 後再試一次。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the confirmation yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay 尚未顯示確認付款，可能仍在處理中；請於 %1 後再試一次。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the capture yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay 尚未顯示請款，可能仍在處理中；請於 %1 後再試一次。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the void yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay 尚未顯示取消授權，可能仍在處理中；請於 %1 後再試一次。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the refund yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay 尚未顯示退款，可能仍在處理中；請於 %1 後再試一次。</translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke and LINE Pay refused the repeated read. Nothing was changed; check the network and try again.</source>
        <translation>與 LINE Pay 的連線中斷，且 LINE Pay 拒絕了重新讀取。沒有任何變更；請檢查網路後再試一次。</translation>
    </message>
    <message>
        <source>PayDesk could not save to its database: %1</source>
        <translation>PayDesk 無法寫入資料庫：%1</translation>
    </message>
    <message>
        <source>%1, paid %2, refunded %3</source>
        <translation>%1，已付款 %2，已退款 %3</translation>
    </message>
    <message>
        <source>LINE Pay has no record of this payment.</source>
        <translation>LINE Pay 沒有這筆付款的紀錄。</translation>
    </message>
    <message>
        <source>%1 → %2 (LINE Pay&apos;s payment details)</source>
        <translation>%1 → %2（LINE Pay 付款明細）</translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment meanwhile; reconcile again.</source>
        <translation>另一個 PayDesk 在此期間變更了這筆付款；請再對帳一次。</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1（由 %2 核准）</translation>
    </message>
    <message>
        <source>Voiding %1 of order %2 needs the owner&apos;s PIN.</source>
        <translation>訂單 %2 取消授權 %1 需要店主的 PIN 碼。</translation>
    </message>
    <message>
        <source>Refunding %1 of order %2 needs the owner&apos;s PIN.</source>
        <translation>訂單 %2 退款 %1 需要店主的 PIN 碼。</translation>
    </message>
    <message>
        <source>The shop has no owner on its staff list yet.</source>
        <translation>員工名單中還沒有店主。</translation>
    </message>
    <message>
        <source>Add the owner first.</source>
        <translation>請先新增店主。</translation>
    </message>
    <message>
        <source>%1 is signed in as a clerk.</source>
        <translation>%1 目前以店員身分登入。</translation>
    </message>
    <message>
        <source>Only the owner can close the day.</source>
        <translation>只有店主可以日結。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details.</source>
        <translation>只有店主可以變更商店資料。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s rules.</source>
        <translation>只有店主可以變更商店規則。</translation>
    </message>
    <message>
        <source>Only the owner can change the staff list.</source>
        <translation>只有店主可以變更員工名單。</translation>
    </message>
    <message>
        <source>Only the owner can change another person&apos;s PIN.</source>
        <translation>只有店主可以變更其他人的 PIN 碼。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Reports</name>
    <message>
        <source>(shop name not set)</source>
        <translation>（尚未設定店名）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>統一編號：%1</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>請款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>取消授權</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>日結報表 %1</translation>
    </message>
    <message>
        <source>Day report (not closed)</source>
        <translation>當日報表（尚未日結）</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>自 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>%2 於 %1 日結</translation>
    </message>
    <message>
        <source>This day is not closed: its figures can still change.</source>
        <translation>這一天尚未日結：數字仍可能變動。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No money moved on this day.</source>
        <translation>當天沒有任何款項進出。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>取消授權</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>淨額</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 筆付款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 筆退款</numerusform>
        </translation>
    </message>
    <message>
        <source>Net is captured less refunded. Voided authorizations moved no money.</source>
        <translation>淨額為請款金額減去退款金額。取消授權的交易沒有實際款項進出。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款明細</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>LINE Pay transaction</source>
        <translation>LINE Pay 交易</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>列印時間：%1</translation>
    </message>
    <message>
        <source>Order %1 has no captured payment to print a receipt for.</source>
        <translation>訂單 %1 沒有已請款的付款，無法列印收據。</translation>
    </message>
    <message>
        <source>Order %1 has no refund %2.</source>
        <translation>訂單 %1 沒有編號 %2 的退款。</translation>
    </message>
    <message>
        <source>Refund slip</source>
        <translation>退款單</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>付款收據</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>顧客：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Paid with LINE Pay</source>
        <translation>LINE Pay 付款</translation>
    </message>
    <message>
        <source>Refunded in all</source>
        <translation>累計退款</translation>
    </message>
    <message>
        <source>Paid after refunds</source>
        <translation>扣除退款後實付</translation>
    </message>
    <message>
        <source>LINE Pay transaction %1</source>
        <translation>LINE Pay 交易編號 %1</translation>
    </message>
    <message>
        <source>Refund transaction %1</source>
        <translation>退款交易編號 %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>LINE Pay order %1</source>
        <translation>LINE Pay 訂單編號 %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>謝謝光臨。</translation>
    </message>
    <message>
        <source>The printer does not take paper of %1 × %2 mm.</source>
        <translation>印表機不支援 %1 × %2 mm 的紙張。</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>無法開始列印。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>無法開始新的一頁。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation>無法完成列印。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PayDesk::ReturnCode</name>
    <message>
        <source>LINE Pay refused the request with code %1.</source>
        <translation>LINE Pay 拒絕了這項請求（代碼 %1）。</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay, then contact support if this persists.</source>
        <translation>請從 LINE Pay 更新訂單；若問題持續，請聯絡客服。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the request.</source>
        <translation>LINE Pay 已受理請求。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>不需要其他操作。</translation>
    </message>
    <message>
        <source>The customer has approved the payment in LINE Pay.</source>
        <translation>顧客已在 LINE Pay 同意付款。</translation>
    </message>
    <message>
        <source>Confirm the payment.</source>
        <translation>請確認付款。</translation>
    </message>
    <message>
        <source>The customer cancelled the payment, or the 20 minutes to approve it ran out.</source>
        <translation>顧客取消了付款，或已超過 20 分鐘的付款期限。</translation>
    </message>
    <message>
        <source>Request the payment again if the customer still wants to pay.</source>
        <translation>若顧客仍要付款，請重新發起付款請求。</translation>
    </message>
    <message>
        <source>The payment failed in LINE Pay.</source>
        <translation>LINE Pay 付款失敗。</translation>
    </message>
    <message>
        <source>Request the payment again or take another payment method.</source>
        <translation>請重新發起付款請求，或改用其他付款方式。</translation>
    </message>
    <message>
        <source>The payment is already complete.</source>
        <translation>這筆付款已完成。</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay.</source>
        <translation>請從 LINE Pay 更新訂單。</translation>
    </message>
    <message>
        <source>The customer is not a LINE Pay user.</source>
        <translation>顧客不是 LINE Pay 用戶。</translation>
    </message>
    <message>
        <source>Ask the customer to pay another way.</source>
        <translation>請顧客改用其他方式付款。</translation>
    </message>
    <message>
        <source>The customer&apos;s LINE Pay account cannot make payments at the moment.</source>
        <translation>顧客的 LINE Pay 帳戶目前無法付款。</translation>
    </message>
    <message>
        <source>Ask the customer to contact LINE Pay or to pay another way.</source>
        <translation>請顧客聯絡 LINE Pay，或改用其他方式付款。</translation>
    </message>
    <message>
        <source>LINE Pay does not know this channel ID.</source>
        <translation>LINE Pay 查無此通路 ID。</translation>
    </message>
    <message>
        <source>Check the channel ID in Settings.</source>
        <translation>請到「設定」檢查通路 ID。</translation>
    </message>
    <message>
        <source>This shop cannot use LINE Pay at the moment.</source>
        <translation>本店目前無法使用 LINE Pay。</translation>
    </message>
    <message>
        <source>Contact LINE Pay merchant support.</source>
        <translation>請聯絡 LINE Pay 商家客服。</translation>
    </message>
    <message>
        <source>LINE Pay refused the request signature: the channel secret is probably wrong.</source>
        <translation>LINE Pay 拒絕了請求簽章：通路密鑰可能有誤。</translation>
    </message>
    <message>
        <source>Check the channel secret in Settings.</source>
        <translation>請到「設定」檢查通路密鑰。</translation>
    </message>
    <message>
        <source>The customer&apos;s credit card cannot be used.</source>
        <translation>顧客的信用卡無法使用。</translation>
    </message>
    <message>
        <source>Ask the customer to choose another card.</source>
        <translation>請顧客改選其他卡片。</translation>
    </message>
    <message>
        <source>LINE Pay refused the amount (wrong number of decimals or format).</source>
        <translation>LINE Pay 不接受此金額（小數位數或格式有誤）。</translation>
    </message>
    <message>
        <source>Check the amount and currency.</source>
        <translation>請檢查金額與幣別。</translation>
    </message>
    <message>
        <source>The one-time key is not valid.</source>
        <translation>付款碼無效。</translation>
    </message>
    <message>
        <source>Ask the customer for a new code.</source>
        <translation>請顧客重新產生付款碼。</translation>
    </message>
    <message>
        <source>The customer&apos;s payment account has a problem.</source>
        <translation>顧客的付款帳戶有問題。</translation>
    </message>
    <message>
        <source>The customer&apos;s balance is too low.</source>
        <translation>顧客的餘額不足。</translation>
    </message>
    <message>
        <source>Ask the customer to top up or to pay another way.</source>
        <translation>請顧客儲值，或改用其他方式付款。</translation>
    </message>
    <message>
        <source>This payment is being processed right now.</source>
        <translation>這筆付款正在處理中。</translation>
    </message>
    <message>
        <source>Wait a minute, then refresh the order.</source>
        <translation>請稍候一分鐘，再更新訂單。</translation>
    </message>
    <message>
        <source>LINE Pay has no record of this transaction.</source>
        <translation>LINE Pay 查無此筆交易。</translation>
    </message>
    <message>
        <source>Check the order; if the customer never paid, request the payment again.</source>
        <translation>請檢查訂單；若顧客尚未付款，請重新發起付款請求。</translation>
    </message>
    <message>
        <source>LINE Pay already has this transaction.</source>
        <translation>LINE Pay 已有此筆交易。</translation>
    </message>
    <message>
        <source>The amount differs from the amount requested.</source>
        <translation>金額與付款請求的金額不符。</translation>
    </message>
    <message>
        <source>Refresh the order; the amount must match the request.</source>
        <translation>請更新訂單；金額必須與付款請求一致。</translation>
    </message>
    <message>
        <source>The customer&apos;s saved payment method is unavailable.</source>
        <translation>顧客已儲存的付款方式目前無法使用。</translation>
    </message>
    <message>
        <source>This transaction cannot be refunded or voided in its current state.</source>
        <translation>此筆交易目前的狀態無法退款或取消授權。</translation>
    </message>
    <message>
        <source>LINE Pay has no payment request for this transaction.</source>
        <translation>LINE Pay 查無此筆交易的付款請求。</translation>
    </message>
    <message>
        <source>Request the payment again.</source>
        <translation>請重新發起付款請求。</translation>
    </message>
    <message>
        <source>The refund period for this payment is over.</source>
        <translation>這筆付款已超過可退款期限。</translation>
    </message>
    <message>
        <source>Settle the refund with the customer another way.</source>
        <translation>請以其他方式與顧客處理退款。</translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund.</source>
        <translation>退款金額超過剩餘可退款金額。</translation>
    </message>
    <message>
        <source>Refund at most the amount still refundable.</source>
        <translation>退款金額請勿超過尚可退款的金額。</translation>
    </message>
    <message>
        <source>This payment was already refunded or voided.</source>
        <translation>這筆付款已退款或已取消授權。</translation>
    </message>
    <message>
        <source>The customer has not finished approving the payment in LINE Pay yet.</source>
        <translation>顧客尚未在 LINE Pay 同意付款。</translation>
    </message>
    <message>
        <source>Wait for the customer, then confirm again.</source>
        <translation>請等顧客完成後，再次確認付款。</translation>
    </message>
    <message>
        <source>The customer&apos;s balance changed while paying.</source>
        <translation>付款過程中顧客的餘額有變動。</translation>
    </message>
    <message>
        <source>Ask the customer to try again.</source>
        <translation>請顧客再試一次。</translation>
    </message>
    <message>
        <source>LINE Pay already has a transaction with this order number.</source>
        <translation>LINE Pay 已有相同訂單編號的交易。</translation>
    </message>
    <message>
        <source>Too many transactions were asked for at once (at most 100).</source>
        <translation>一次查詢的交易太多（最多 100 筆）。</translation>
    </message>
    <message>
        <source>Ask for fewer transactions.</source>
        <translation>請減少查詢的交易筆數。</translation>
    </message>
    <message>
        <source>This shop&apos;s LINE Pay channel does not accept this currency.</source>
        <translation>本店的 LINE Pay 通路不接受此幣別。</translation>
    </message>
    <message>
        <source>Use the currency of your LINE Pay channel.</source>
        <translation>請使用本店 LINE Pay 通路的幣別。</translation>
    </message>
    <message>
        <source>LINE Pay cannot do this in the payment&apos;s current state.</source>
        <translation>這筆付款目前的狀態下，LINE Pay 無法執行此操作。</translation>
    </message>
    <message>
        <source>The time to complete this payment has passed.</source>
        <translation>已超過這筆付款的完成期限。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額必須大於零。</translation>
    </message>
    <message>
        <source>Enter a larger amount.</source>
        <translation>請輸入較大的金額。</translation>
    </message>
    <message>
        <source>The amount is larger than allowed (more than authorized or requested).</source>
        <translation>金額超過上限（大於授權或付款請求的金額）。</translation>
    </message>
    <message>
        <source>Enter a smaller amount.</source>
        <translation>請輸入較小的金額。</translation>
    </message>
    <message>
        <source>The pre-approved payment key does not exist.</source>
        <translation>自動付款金鑰不存在。</translation>
    </message>
    <message>
        <source>Ask the customer to register again.</source>
        <translation>請顧客重新綁定自動付款。</translation>
    </message>
    <message>
        <source>The pre-approved payment key has expired.</source>
        <translation>自動付款金鑰已過期。</translation>
    </message>
    <message>
        <source>This shop cannot use pre-approved payments.</source>
        <translation>本店無法使用自動付款。</translation>
    </message>
    <message>
        <source>Another payment with this key is in progress.</source>
        <translation>使用此金鑰的另一筆付款正在處理中。</translation>
    </message>
    <message>
        <source>Wait and try again.</source>
        <translation>請稍候再試一次。</translation>
    </message>
    <message>
        <source>LINE Pay received the same call twice, or is busy re-authorizing this payment.</source>
        <translation>LINE Pay 收到了重複的請求，或正在重新授權這筆付款。</translation>
    </message>
    <message>
        <source>Wait a few minutes, then refresh the order before trying again.</source>
        <translation>請稍候幾分鐘，先更新訂單再重試。</translation>
    </message>
    <message>
        <source>LINE Pay had an internal error with this request.</source>
        <translation>LINE Pay 處理此請求時發生內部錯誤。</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay before trying again.</source>
        <translation>請先從 LINE Pay 更新訂單再重試。</translation>
    </message>
    <message>
        <source>There was a problem with the customer&apos;s iPASS money.</source>
        <translation>顧客的一卡通 iPASS MONEY 帳戶發生問題。</translation>
    </message>
    <message>
        <source>A temporary error occurred during the card payment.</source>
        <translation>信用卡付款時發生暫時性錯誤。</translation>
    </message>
    <message>
        <source>The card payment failed.</source>
        <translation>信用卡付款失敗。</translation>
    </message>
    <message>
        <source>Ask the customer to use another card.</source>
        <translation>請顧客改用其他卡片。</translation>
    </message>
    <message>
        <source>The card authorization failed.</source>
        <translation>信用卡授權失敗。</translation>
    </message>
    <message>
        <source>The payment was refused on suspicion of fraud.</source>
        <translation>此筆付款疑似盜刷，已遭拒絕。</translation>
    </message>
    <message>
        <source>Card payments are suspended for a while.</source>
        <translation>信用卡付款暫時停用。</translation>
    </message>
    <message>
        <source>Card information is missing.</source>
        <translation>缺少卡片資料。</translation>
    </message>
    <message>
        <source>Ask the customer to check their card in LINE Pay.</source>
        <translation>請顧客在 LINE Pay 檢查卡片資料。</translation>
    </message>
    <message>
        <source>Card information is wrong.</source>
        <translation>卡片資料有誤。</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>卡片已過期。</translation>
    </message>
    <message>
        <source>The card balance is too low.</source>
        <translation>卡片餘額不足。</translation>
    </message>
    <message>
        <source>The card&apos;s limit is exceeded.</source>
        <translation>已超過卡片額度。</translation>
    </message>
    <message>
        <source>The card&apos;s limit for one payment is exceeded.</source>
        <translation>已超過卡片單筆交易額度。</translation>
    </message>
    <message>
        <source>The card was reported stolen.</source>
        <translation>此卡已掛失（遭竊）。</translation>
    </message>
    <message>
        <source>Do not hand over the goods; ask for another payment method.</source>
        <translation>請勿交付商品，並請顧客改用其他付款方式。</translation>
    </message>
    <message>
        <source>The card is suspended.</source>
        <translation>此卡已停用。</translation>
    </message>
    <message>
        <source>The card&apos;s security code (CVN) is wrong.</source>
        <translation>卡片安全碼（CVN）錯誤。</translation>
    </message>
    <message>
        <source>Ask the customer to check their card.</source>
        <translation>請顧客檢查卡片資料。</translation>
    </message>
    <message>
        <source>The card cannot be used (blacklisted).</source>
        <translation>此卡無法使用（已列入黑名單）。</translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation>卡號無效。</translation>
    </message>
    <message>
        <source>The card issuer cannot process this amount.</source>
        <translation>發卡銀行無法處理此金額。</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>此卡遭拒絕。</translation>
    </message>
    <message>
        <source>LINE Pay had a temporary error.</source>
        <translation>LINE Pay 發生暫時性錯誤。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>請稍候一分鐘再試一次。</translation>
    </message>
    <message>
        <source>The repeated request differs from the original one.</source>
        <translation>重送的請求與原本的請求內容不同。</translation>
    </message>
    <message>
        <source>The payment institution&apos;s limit was reached.</source>
        <translation>已達支付機構的額度上限。</translation>
    </message>
    <message>
        <source>The shop&apos;s receiving limit (per payment, day or month) is exceeded.</source>
        <translation>已超過本店的收款上限（單筆、單日或單月）。</translation>
    </message>
    <message>
        <source>The refund reserve of the payment institution is insufficient.</source>
        <translation>支付機構的退款準備金不足。</translation>
    </message>
    <message>
        <source>LINE Pay refused a value in the request.</source>
        <translation>LINE Pay 不接受請求中的某個值。</translation>
    </message>
    <message>
        <source>Check the order&apos;s items and amounts.</source>
        <translation>請檢查訂單的品項與金額。</translation>
    </message>
    <message>
        <source>LINE Pay could not read the request.</source>
        <translation>LINE Pay 無法讀取此請求。</translation>
    </message>
    <message>
        <source>Update PayDesk, or contact support if this persists.</source>
        <translation>請更新 PayDesk；若問題持續，請聯絡客服。</translation>
    </message>
    <message>
        <source>The request contains a value LINE Pay does not expect.</source>
        <translation>請求中含有 LINE Pay 無法接受的值。</translation>
    </message>
    <message>
        <source>LINE Pay refused the request as invalid.</source>
        <translation>LINE Pay 認定此請求無效而拒絕。</translation>
    </message>
    <message>
        <source>Check the order, then contact support if this persists.</source>
        <translation>請檢查訂單；若問題持續，請聯絡客服。</translation>
    </message>
    <message>
        <source>LINE Pay had an internal error.</source>
        <translation>LINE Pay 發生內部錯誤。</translation>
    </message>
</context>
<context>
    <name>PayDesk::State</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待顧客付款</translation>
    </message>
    <message>
        <source>Ready to confirm</source>
        <translation>待確認付款</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已授權</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>已部分退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已取消授權</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>結果未明</translation>
    </message>
</context>
<context>
    <name>PayDesk::Storage</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驅動程式（Debian 套件 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The database %1 stayed locked by another program; try again in a moment.</source>
        <translation>資料庫 %1 一直被其他程式鎖定；請稍後再試。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version cannot be read.</source>
        <translation>資料庫 %1 已損毀：無法讀取 schema 版本。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation>資料庫 %1 是由較新版的 PayDesk 寫入（schema %2）；此版本最多只能讀取到 %3。</translation>
    </message>
    <message>
        <source>Upgrading the database from version %1 failed: %2</source>
        <translation>從版本 %1 升級資料庫失敗：%2</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>儲存至資料庫失敗：%1</translation>
    </message>
    <message>
        <source>Another PayDesk settled journal entry %1 first.</source>
        <translation>另一個 PayDesk 已先處理完操作紀錄 %1。</translation>
    </message>
    <message>
        <source>Journal entry %1 is missing.</source>
        <translation>找不到操作紀錄 %1。</translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation>找不到 ID 為 %1 的訂單。</translation>
    </message>
    <message>
        <source>There is no order &quot;%1&quot;.</source>
        <translation>找不到訂單「%1」。</translation>
    </message>
    <message>
        <source>Another PayDesk started attempt %1 of this order in the meantime.</source>
        <translation>在此期間，另一個 PayDesk 已開始這筆訂單的第 %1 次付款。</translation>
    </message>
    <message>
        <source>Payment %1 cannot go from %2 to %3.</source>
        <translation>付款 %1 無法從「%2」變更為「%3」。</translation>
    </message>
    <message>
        <source>Payment %1 is missing.</source>
        <translation>找不到付款 %1。</translation>
    </message>
    <message>
        <source>Payment %1 was changed by another PayDesk in the meantime.</source>
        <translation>在此期間，付款 %1 已被另一個 PayDesk 變更。</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>找不到付款 %1。</translation>
    </message>
    <message>
        <source>No payment has been requested for this order yet.</source>
        <translation>這筆訂單尚未發起付款請求。</translation>
    </message>
    <message>
        <source>Audit entry %1 vanished while it was written.</source>
        <translation>稽核紀錄第 %1 筆在寫入時消失了。</translation>
    </message>
    <message>
        <source>Audit entry 1 is missing: the trail starts at entry %1.</source>
        <translation>稽核紀錄第 1 筆不見了：紀錄從第 %1 筆開始。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail goes from entry %2 to entry %3.</source>
        <translation>稽核紀錄第 %1 筆不見了：紀錄從第 %2 筆直接跳到第 %3 筆。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were inserted, removed or swapped there.</source>
        <translation>稽核紀錄第 %1 筆與前一筆接不上：此處有紀錄被插入、刪除或調換。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>稽核紀錄第 %1 筆在寫入後遭到修改。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail ends at entry %2, but %3 entries were written.</source>
        <translation>稽核紀錄第 %1 筆不見了：紀錄停在第 %2 筆，但共寫入了 %3 筆。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s newest entry is not on record.</source>
        <translation>找不到稽核紀錄最新一筆的存證。</translation>
    </message>
    <message>
        <source>Other users of this computer can read the shop database %1, with its customers and payments. Make it yours alone: chmod 600 &quot;%1&quot;</source>
        <translation>這台電腦的其他使用者可以讀取商店資料庫 %1（含顧客與付款資料）。請設為只有您能讀取：chmod 600 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>無法複製 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database.</source>
        <translation>%1 不是 PayDesk 資料庫。</translation>
    </message>
    <message>
        <source>%1 has an unreadable schema version &quot;%2&quot;.</source>
        <translation>%1 的結構版本「%2」無法辨識。</translation>
    </message>
    <message>
        <source>%1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation>%1 是由較新版的 PayDesk 寫入（結構版本 %2）；此版本最多只能讀取版本 %3。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken: %2</source>
        <translation>%1 的稽核紀錄已損毀：%2</translation>
    </message>
    <message>
        <source>The database %1 cannot be copied.</source>
        <translation>無法複製資料庫 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The backup did not check out: %1</source>
        <translation>備份檢查未通過：%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未還原：%1</translation>
    </message>
    <message>
        <source>Not restored, the current database could not be kept first: %1</source>
        <translation>未還原，因為無法先保留目前的資料庫：%1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the database file.</source>
        <translation>%1 是資料夾；請指定資料庫檔案的路徑。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2).</source>
        <translation>無法開啟資料庫 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot write to %1 (%2); check that the file and its folder can be written.</source>
        <translation>無法寫入 %1（%2）；請確認檔案及其資料夾可以寫入。</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database, or it is damaged (%2).</source>
        <translation>%1 不是 PayDesk 資料庫，或已損壞（%2）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version &quot;%2&quot; is not one PayDesk wrote. Restore a backup (paydesk-cli restore).</source>
        <translation>資料庫 %1 已損壞：結構版本「%2」不是 PayDesk 寫入的。請還原備份（paydesk-cli restore）。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2).</source>
        <translation>無法寫入資料庫 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a PayDesk database (%2).</source>
        <translation>%1 已損壞，或不是 PayDesk 資料庫（%2）。</translation>
    </message>
    <message>
        <source>%1 exists; seed writes a new database only.</source>
        <translation>%1 已存在；seed 只會寫入新的資料庫。</translation>
    </message>
    <message>
        <source>Seeding %1 failed: %2</source>
        <translation>產生 %1 失敗：%2</translation>
    </message>
    <message>
        <source>Seeding %1 left rows without their order or payment.</source>
        <translation>產生 %1 時留下了沒有對應訂單或付款的資料列。</translation>
    </message>
    <message>
        <source>Order %1 shows a state or amount that differs from its payment.</source>
        <translation>訂單 %1 顯示的狀態或金額與其付款不一致。</translation>
    </message>
    <message>
        <source>The order totals for %1, %2, %3 differ from the orders themselves.</source>
        <translation>%1、%2、%3 的訂單合計與訂單本身不一致。</translation>
    </message>
    <message>
        <source>The search index differs from the orders (%1).</source>
        <translation>搜尋索引與訂單不一致（%1）。</translation>
    </message>
    <message>
        <source>The copy of %1 was stopped.</source>
        <translation>%1 的複製已停止。</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>寫入匯出檔失敗：%1</translation>
    </message>
    <message>
        <source>The stored day report has an unreadable amount.</source>
        <translation>已儲存的日結報表有無法讀取的金額。</translation>
    </message>
    <message>
        <source>The stored day report is damaged.</source>
        <translation>已儲存的日結報表已損壞。</translation>
    </message>
    <message>
        <source>The stored report of %1 is damaged.</source>
        <translation>已儲存的 %1 報表已損壞。</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>請以 YYYY-MM-DD 格式指定日期。</translation>
    </message>
    <message>
        <source>%1 has not begun yet; only a day that has begun can be closed.</source>
        <translation>%1 還沒開始；只有已經開始的日子才能日結。</translation>
    </message>
    <message>
        <source>%1 was closed already as %2; its report can be printed again, not changed.</source>
        <translation>%1 已日結為 %2；報表可以重新列印，但不能修改。</translation>
    </message>
    <message>
        <source>shop&apos;s name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN 碼為 4 到 12 位數字。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN 碼只能是數字。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>請輸入人員姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The shop has an owner already.</source>
        <translation>這家店已經有店主了。</translation>
    </message>
    <message>
        <source>%1 is on the staff already.</source>
        <translation>%1 已在員工名單中。</translation>
    </message>
    <message>
        <source>%1 is not on the staff.</source>
        <translation>%1 不在員工名單中。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 can try again at %2.</source>
        <translation>PIN 碼錯誤次數過多：%1 可於 %2 再試。</translation>
    </message>
    <message>
        <source>Five wrong PINs: %1 is locked out until %2.</source>
        <translation>PIN 碼錯誤五次：%1 已被鎖定至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1; %n attempt(s) left before a lockout.</source>
        <translation>
            <numerusform>%1 的 PIN 碼錯誤；再錯 %n 次將被鎖定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The window locks after 1 to 240 idle minutes.</source>
        <translation>視窗鎖定前的閒置時間須為 1 到 240 分鐘。</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be below zero.</source>
        <translation>%1 的金額不能低於零。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Not restored: the backup&apos;s last day close is %1, this database&apos;s is %2. The days closed since would be closed again under numbers already printed. Restore it anyway with --force.</source>
        <translation>未還原：備份的最後一筆日結是 %1，此資料庫的是 %2。之後日結的日子會以已印出的編號再結一次。若仍要還原，請加上 --force。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::AmountDialog</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>請款</translation>
    </message>
    <message>
        <source>Refund (%1, at most %2)</source>
        <translation>退款金額（%1，最多 %2）</translation>
    </message>
    <message>
        <source>Capture (%1, at most %2)</source>
        <translation>請款金額（%1，最多 %2）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額必須大於零。</translation>
    </message>
    <message>
        <source>At most %1 can be taken here.</source>
        <translation>金額最多為 %1。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::DayCloseDialog</name>
    <message>
        <source>Close the day…</source>
        <translation>日結…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>儲存 CSV…</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Settlement report</source>
        <translation>日結報表</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>圖表幣別</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>幣別(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Closed as %1 on %2 by %3. Its report can be printed again, never changed.</source>
        <translation>已由 %3 於 %2 日結為 %1。報表可以重新列印，但無法修改。</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>尚未日結。</translation>
    </message>
    <message>
        <source>This day has not begun.</source>
        <translation>這一天還沒開始。</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>執行日結</translation>
    </message>
    <message>
        <source>Close %1? Its report gets the next number and is frozen: what is recorded later lands on the next day.</source>
        <translation>要將 %1 日結嗎？報表會取得下一個編號並鎖定，之後記錄的交易會列入下一天。</translation>
    </message>
    <message>
        <source>Closed as %1. The report is saved as %2.</source>
        <translation>已日結為 %1。報表已儲存為 %2。</translation>
    </message>
    <message>
        <source>Closed as %1, but its PDF could not be saved: %2</source>
        <translation>已日結為 %1，但無法儲存 PDF：%2</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存為 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Only the owner closes the day.</source>
        <translation>只有店主能執行日結。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>列印 %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::LoginDialog</name>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk 已鎖定</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>目前是誰在櫃檯？</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1（店主）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN 碼(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>PayDesk locked itself after a while without use. Sign in to go on.</source>
        <translation>PayDesk 閒置一段時間後已自動鎖定。請登入以繼續使用。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核對 PIN 碼…</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::MainWindow</name>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>SANDBOX — payments here are tests; no real money moves.</source>
        <translation>測試環境 — 這裡的付款都是測試，不會實際扣款。</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有訂單</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Search order, LINE Pay id, customer, item</source>
        <translation>搜尋訂單、LINE Pay 編號、顧客、品項</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新增訂單…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>發起付款請求</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>開啟付款頁面</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>顯示 QR Code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認付款</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>請款…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>取消授權</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>查詢狀態</translation>
    </message>
    <message>
        <source>Refresh from LINE Pay</source>
        <translation>從 LINE Pay 更新</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an order, or create one with &lt;b&gt;New order&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;請選擇一筆訂單，或按&lt;b&gt;新增訂單&lt;/b&gt;建立新訂單。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Another PayDesk (%1, process %2 on %3) is working on this payment; its actions are disabled until it has finished.</source>
        <translation>另一個 PayDesk（%1，%3 上的程序 %2）正在處理這筆付款；處理完成前無法操作。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>LINE Pay orderId: %1</source>
        <translation>LINE Pay 訂單編號（orderId）：%1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>交易編號：%1</translation>
    </message>
    <message>
        <source>Paid: %1, refunded: %2, still refundable: %3</source>
        <translation>已付款：%1，已退款：%2，尚可退款：%3</translation>
    </message>
    <message>
        <source>Authorization expires in %1 h %2 min (%3)</source>
        <translation>授權將於 %1 小時 %2 分鐘後到期（%3）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>處理紀錄</translation>
    </message>
    <message>
        <source>Nothing has been refunded yet.</source>
        <translation>尚未有任何退款。</translation>
    </message>
    <message>
        <source>Refunded before: %1</source>
        <translation>先前已退款：%1</translation>
    </message>
    <message>
        <source>The authorization expires on %1.</source>
        <translation>授權將於 %1 到期。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%2 %1（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>複製付款連結</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>付款(&amp;P)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>No browser could be opened. Let the customer scan the QR code, or open this link: %1</source>
        <translation>無法開啟瀏覽器。請讓顧客掃描 QR Code，或開啟此連結：%1</translation>
    </message>
    <message>
        <source>The payment link of %1 is copied.</source>
        <translation>已複製 %1 的付款連結。</translation>
    </message>
    <message>
        <source>net paid %1</source>
        <translation>實收淨額 %1</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>訂單 %1 目前狀態：%2。</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>建立訂單</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>付款請求</translation>
    </message>
    <message>
        <source>Payment request refused</source>
        <translation>付款請求遭拒</translation>
    </message>
    <message>
        <source>Payment request not sent</source>
        <translation>付款請求未送出</translation>
    </message>
    <message>
        <source>Payment request, outcome unknown</source>
        <translation>付款請求（結果未明）</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認付款</translation>
    </message>
    <message>
        <source>Confirmation refused</source>
        <translation>確認付款遭拒</translation>
    </message>
    <message>
        <source>Confirmation not sent</source>
        <translation>確認付款未送出</translation>
    </message>
    <message>
        <source>Confirmation, outcome unknown</source>
        <translation>確認付款（結果未明）</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>請款</translation>
    </message>
    <message>
        <source>Capture refused</source>
        <translation>請款遭拒</translation>
    </message>
    <message>
        <source>Capture not sent</source>
        <translation>請款未送出</translation>
    </message>
    <message>
        <source>Capture, outcome unknown</source>
        <translation>請款（結果未明）</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>已取消授權</translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation>取消授權遭拒</translation>
    </message>
    <message>
        <source>Void not sent</source>
        <translation>取消授權未送出</translation>
    </message>
    <message>
        <source>Void, outcome unknown</source>
        <translation>取消授權（結果未明）</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refund refused</source>
        <translation>退款遭拒</translation>
    </message>
    <message>
        <source>Refund not sent</source>
        <translation>退款未送出</translation>
    </message>
    <message>
        <source>Refund, outcome unknown</source>
        <translation>退款（結果未明）</translation>
    </message>
    <message>
        <source>Status from LINE Pay</source>
        <translation>LINE Pay 狀態查詢</translation>
    </message>
    <message>
        <source>Details from LINE Pay</source>
        <translation>LINE Pay 交易明細</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>補查</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜尋訂單</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>建立日期起</translation>
    </message>
    <message>
        <source>Created up to</source>
        <translation>建立日期迄</translation>
    </message>
    <message>
        <source>Filter by the day created</source>
        <translation>依建立日期篩選</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Show the orders created today</source>
        <translation>顯示今日建立的訂單</translation>
    </message>
    <message>
        <source>Approved but not confirmed, authorization expiring within 24 hours, or outcome unknown</source>
        <translation>顧客已同意但尚未確認付款、授權將於 24 小時內到期，或結果未明</translation>
    </message>
    <message>
        <source>captured %1, refunded %2, net %3</source>
        <translation>請款 %1，退款 %2，淨額 %3</translation>
    </message>
    <message>
        <source>nothing captured or refunded yet</source>
        <translation>尚無請款或退款</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今日：%1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>待處理：%1</translation>
    </message>
    <message>
        <source>Pay order %1 with LINE Pay</source>
        <translation>以 LINE Pay 支付訂單 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The authorization expired on %1; it can no longer be captured.</source>
        <translation>授權已於 %1 到期，無法再請款。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1 Keep this database for inspection and restore the latest backup; paydesk-cli audit verify repeats the check.</source>
        <translation>稽核紀錄遭到竄改。%1 請保留這個資料庫以供查核，並還原最近的備份；paydesk-cli audit verify 可再次檢查。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Stop taking payments here and restore the latest backup with paydesk-cli restore.</source>
        <translation>資料庫已損壞（%1）。請停止在此收款，並用 paydesk-cli restore 還原最近的備份。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>今天的自動備份失敗：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Reconcile with LINE Pay…</source>
        <translation>與 LINE Pay 對帳…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs (*.csv)</source>
        <translation>CSV，供試算表程式使用 (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the orders shown</source>
        <translation>匯出目前顯示的訂單</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Exporting the orders…</source>
        <translation>正在匯出訂單…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消匯出，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Day close…</source>
        <translation>日結…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>收據…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>員工名單…</translation>
    </message>
    <message>
        <source>At the counter: %1 (owner)</source>
        <translation>櫃檯：%1（店主）</translation>
    </message>
    <message>
        <source>At the counter: %1 (clerk)</source>
        <translation>櫃檯：%1（店員）</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN</source>
        <translation>店主的 PIN 碼</translation>
    </message>
    <message>
        <source>Voiding this authorization needs the owner. Owner, type your PIN:</source>
        <translation>取消這筆授權需要店主核准。請店主輸入 PIN 碼：</translation>
    </message>
    <message>
        <source>This refund needs the owner. Owner, type your PIN:</source>
        <translation>這筆退款需要店主核准。請店主輸入 PIN 碼：</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>尚未送出任何資料。</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s PIN…</source>
        <translation>正在核對店主的 PIN 碼…</translation>
    </message>
    <message>
        <source>The owner approved.</source>
        <translation>店主已核准。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::NewOrderDialog</name>
    <message>
        <source>Authorize only (capture later)</source>
        <translation>僅授權（稍後請款）</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增品項</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除品項</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>發起付款請求</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Row %1: the quantity must be a whole number of at least 1.</source>
        <translation>第 %1 列：數量必須是大於或等於 1 的整數。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>總計：%1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>總計：—</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::Notifier</name>
    <message>
        <source>Customer approved</source>
        <translation>顧客已同意付款</translation>
    </message>
    <message>
        <source>%1: the customer approved %2 in LINE Pay.</source>
        <translation>%1：顧客已在 LINE Pay 同意付款 %2。</translation>
    </message>
    <message>
        <source>Payment in doubt</source>
        <translation>付款結果不明</translation>
    </message>
    <message>
        <source>%1: PayDesk could not learn whether LINE Pay completed the last call. It asks again on its own; open the order to see it.</source>
        <translation>%1：PayDesk 無法得知 LINE Pay 是否完成上一個呼叫。它會自行再次詢問；請開啟訂單查看。</translation>
    </message>
    <message>
        <source>Authorization expires soon</source>
        <translation>授權即將到期</translation>
    </message>
    <message>
        <source>%1: the authorization expires %2. Capture it before then, or void it.</source>
        <translation>%1：授權將於 %2 到期。請在此之前請款，或取消授權。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::OrdersModel</name>
    <message>
        <source>In progress elsewhere</source>
        <translation>其他 PayDesk 處理中</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後更新</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::ReceiptDialog</name>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Receipt of %1</source>
        <translation>訂單 %1 的收據</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>付款收據</translation>
    </message>
    <message>
        <source>Refund slip: %1 on %2</source>
        <translation>退款單：%1（%2）</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm 紙捲</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm 紙捲</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>紙張(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::ReconcileDialog</name>
    <message>
        <source>Compare</source>
        <translation>開始核對</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存為 CSV…</translation>
    </message>
    <message>
        <source>Reconcile with LINE Pay</source>
        <translation>與 LINE Pay 對帳</translation>
    </message>
    <message>
        <source>Payments changed since</source>
        <translation>變更日期起於</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>PayDesk asks LINE Pay for the details of every confirmed payment changed since the day below, follows what LINE Pay changed (an authorization that expired, a refund made in the merchant center) and lists every difference.</source>
        <translation>PayDesk 會向 LINE Pay 查詢下方日期以來有變更的每筆已確認付款明細，依 LINE Pay 的變更更新（例如已過期的授權、在商家後台完成的退款），並列出所有差異。</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>LINE Pay</source>
        <translation>LINE Pay</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation>正在查詢 LINE Pay…</translation>
    </message>
    <message>
        <source>Updated as LINE Pay has it</source>
        <translation>已依 LINE Pay 更新</translation>
    </message>
    <message>
        <source>Left for you to check</source>
        <translation>待您確認</translation>
    </message>
    <message>
        <source>Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to check.</source>
        <translation>已與 LINE Pay 核對 %1 筆付款（%2 次查詢）：%3 筆差異，%4 筆待您確認。</translation>
    </message>
    <message>
        <source>%1 payment(s) another PayDesk was working on were left to it.</source>
        <translation>另一個 PayDesk 正在處理的 %1 筆付款已留給它處理。</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>對帳已中止：%1</translation>
    </message>
    <message>
        <source>Save the differences</source>
        <translation>儲存差異</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SalesChart</name>
    <message>
        <source>%1: net %2, refunded %3</source>
        <translation>%1：淨額 %2，退款 %3</translation>
    </message>
    <message>
        <source>Net sales and refunds of the last 30 days</source>
        <translation>最近 30 天的淨銷售額與退款</translation>
    </message>
    <message>
        <source>Net sales (green) and refunds (red), %1</source>
        <translation>淨銷售額（綠）與退款（紅），%1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SettingsDialog</name>
    <message>
        <source>Confirm automatically when the customer has approved</source>
        <translation>顧客同意付款後自動確認付款</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Embedded sandbox (no real money)</source>
        <translation>內建測試環境（不會實際扣款）</translation>
    </message>
    <message>
        <source>LINE Pay sandbox</source>
        <translation>LINE Pay 測試環境</translation>
    </message>
    <message>
        <source>LINE Pay production</source>
        <translation>LINE Pay 正式環境</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>維持不變</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>通路 ID（Channel ID）</translation>
    </message>
    <message>
        <source>Channel secret</source>
        <translation>通路密鑰（Channel Secret）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>A new environment or language takes effect at the next start.</source>
        <translation>變更環境或語言後，下次啟動時才會生效。</translation>
    </message>
    <message>
        <source>No system keychain answered: the channel secret is kept in a file only you can read.</source>
        <translation>系統鑰匙圈沒有回應：通路密鑰將存放在只有您能讀取的檔案中。</translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation>正在向 LINE Pay 查詢…</translation>
    </message>
    <message>
        <source>The channel secret could not be saved.</source>
        <translation>無法儲存通路密鑰。</translation>
    </message>
    <message>
        <source>Thai dates with the Buddhist Era year (2569)</source>
        <translation>泰文日期使用佛曆年份（2569）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Shop (printed on receipts and reports)</source>
        <translation>商店（印在收據與報表上）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Rules for clerks</source>
        <translation>店員規則</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>閒置後鎖定</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN for refunds and voids above, %1</source>
        <translation>退款與取消授權超過此金額需店主 PIN 碼（%1）</translation>
    </message>
    <message>
        <source>The owner&apos;s amount for %1: %2</source>
        <translation>需店主 PIN 碼的金額（%1）：%2</translation>
    </message>
    <message>
        <source>it cannot be below zero.</source>
        <translation>不能低於零。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::StaffDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次輸入 PIN 碼</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Change the PIN of the one selected</source>
        <translation>變更所選人員的 PIN 碼</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工名單</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>A person, or a new PIN</source>
        <translation>新增人員或設定新 PIN 碼</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>PIN 碼（4 到 12 位數字）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次輸入 PIN 碼(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Clerks take payments and refunds up to the owner&apos;s amount (Settings); above it, and to close the day, they need the owner.</source>
        <translation>店員可處理不超過店主所設金額（見「設定」）的收款與退款；超過此金額或要日結時，就需要店主。</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1（店主）</translation>
    </message>
    <message>
        <source>%1 (clerk)</source>
        <translation>%1（店員）</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 碼不一致。</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Select the person whose PIN changes.</source>
        <translation>請選擇要變更 PIN 碼的人員。</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>已變更 %1 的 PIN 碼。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::WaitingPanel</name>
    <message>
        <source>Scan with LINE to pay</source>
        <translation>請用 LINE 掃描付款</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>付款頁面的 QR Code</translation>
    </message>
    <message>
        <source>Amount to pay: %1</source>
        <translation>應付金額：%1</translation>
    </message>
    <message>
        <source>%1 left to pay</source>
        <translation>剩餘付款時間 %1</translation>
    </message>
    <message>
        <source>The 20 minutes to pay are over. Request the payment again if the customer still wants to pay.</source>
        <translation>20 分鐘付款時限已過。若顧客仍要付款，請重新發起付款請求。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
</context>
</TS>
