<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>PayDesk::Cli</name>
    <message>
        <source>Unknown option %1; options start with two dashes (see paydesk-cli --help).</source>
        <translation>不明なオプション %1 です。オプションは2つのダッシュで始まります（paydesk-cli --help を参照）。</translation>
    </message>
    <message>
        <source>The option --%1 belongs after the command; see paydesk-cli --help.</source>
        <translation>オプション --%1 はコマンドの後に指定してください。paydesk-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for %2; see paydesk-cli --help.</source>
        <translation>--%1 は %2 のオプションではありません。paydesk-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown option --%1; see paydesk-cli --help.</source>
        <translation>不明なオプション --%1 です。paydesk-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>The option --%1 was given more than once; give it once.</source>
        <translation>オプション --%1 が複数回指定されています。1回だけ指定してください。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 に値は指定できません。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see paydesk-cli --help.</source>
        <translation>不明なコマンド「%1」です。paydesk-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes no order or other argument; &quot;%2&quot; is one too many.</source>
        <translation>paydesk-cli %1 には注文やその他の引数を指定できません。「%2」は余分です。</translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes one order; &quot;%2&quot; is one too many.</source>
        <translation>paydesk-cli %1 に指定できる注文は1つだけです。「%2」は余分です。</translation>
    </message>
    <message>
        <source>Give the LINE Pay address with --api-base (or PAYDESK_API_BASE).</source>
        <translation>LINE Payのアドレスを --api-base（または PAYDESK_API_BASE）で指定してください。</translation>
    </message>
    <message>
        <source>Give the channel with --channel-id and --channel-secret-file (or PAYDESK_CHANNEL_ID and PAYDESK_CHANNEL_SECRET).</source>
        <translation>チャネルを --channel-id と --channel-secret-file（または PAYDESK_CHANNEL_ID と PAYDESK_CHANNEL_SECRET）で指定してください。</translation>
    </message>
    <message>
        <source>  refunded %1</source>
        <translation>  返金済み %1</translation>
    </message>
    <message>
        <source>  authorized until %1</source>
        <translation>  オーソリ期限 %1</translation>
    </message>
    <message>
        <source>Payment page: %1</source>
        <translation>お支払いページ：%1</translation>
    </message>
    <message>
        <source>Give the currency with --currency (TWD, THB or USD).</source>
        <translation>--currency で通貨（TWD、THB、USD のいずれか）を指定してください。</translation>
    </message>
    <message>
        <source>An item is NAME:QTY:PRICE, e.g. Coffee:2:120; &quot;%1&quot; is not.</source>
        <translation>商品は NAME:QTY:PRICE の形式で指定します（例：Coffee:2:120）。「%1」はこの形式ではありません。</translation>
    </message>
    <message>
        <source>The quantity in &quot;%1&quot; must be a whole number of at least 1.</source>
        <translation>「%1」の数量は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>The price in &quot;%1&quot;: %2</source>
        <translation>「%1」の単価：%2</translation>
    </message>
    <message>
        <source>Give the items with --item NAME:QTY:PRICE, or the total with --amount.</source>
        <translation>商品を --item NAME:QTY:PRICE で指定するか、合計金額を --amount で指定してください。</translation>
    </message>
    <message>
        <source>--amount %1 differs from the items&apos; total %2.</source>
        <translation>--amount %1 が商品の合計 %2 と一致しません。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>不明な状態「%1」です。</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>注文はありません。</translation>
    </message>
    <message>
        <source>Choose --format csv or --format json.</source>
        <translation>--format csv または --format json を指定してください。</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for a CSV export.</source>
        <translation>--json を使う場合は、CSVの書き出し先を --out FILE で指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>%n件の注文を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>paydesk-cli: %1</source>
        <translation>paydesk-cli: %1</translation>
    </message>
    <message>
        <source>Name a command; see paydesk-cli --help.</source>
        <translation>コマンドを指定してください。paydesk-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a new attempt of an existing order; give only --authorize-only.</source>
        <translation>既存の注文で決済をやり直す場合、オプション --%1 は使用できません。指定できるのは --authorize-only のみです。</translation>
    </message>
    <message>
        <source>--interval takes a whole number of seconds from 1 to 3600.</source>
        <translation>--interval には1〜3600の整数（秒）を指定してください。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Other users of this computer can read the channel secret file %1. Make it yours alone (chmod 600 &quot;%1&quot;) and try again.</source>
        <translation>このコンピューターの他のユーザーがチャネルシークレットのファイル %1 を読めます。自分だけが読めるようにして（chmod 600 &quot;%1&quot;）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The channel secret file %1 is empty; its first line must be the channel secret from LINE Pay Merchant Center.</source>
        <translation>チャネルシークレットのファイル %1 が空です。1 行目に LINE Pay 加盟店管理画面のチャネルシークレットを書いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n 件、チェーンは完全です</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do with the audit trail: paydesk-cli audit verify.</source>
        <translation>監査ログに対する操作を指定してください: paydesk-cli audit verify</translation>
    </message>
    <message>
        <source>%1: intact (integrity check and audit trail).</source>
        <translation>%1: 問題ありません（整合性チェックと監査ログ）。</translation>
    </message>
    <message>
        <source>Say where to write the backup: --out FILE.</source>
        <translation>バックアップの書き込み先を指定してください: --out FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>バックアップを %1 に書き込み、確認しました。</translation>
    </message>
    <message>
        <source>Name the backup to restore: paydesk-cli restore FILE.</source>
        <translation>復元するバックアップを指定してください: paydesk-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored %1; what the database held before is kept in %2.</source>
        <translation>%1 を復元しました。データベースの元の内容は %2 に保存しています。</translation>
    </message>
    <message>
        <source>The --db option is empty; give the database file, or leave the option out for the usual one.</source>
        <translation>--db オプションが空です。データベースファイルを指定するか、このオプションを省いていつものファイルを使ってください。</translation>
    </message>
    <message>
        <source>The channel secret file %1 is a folder; give the file that holds the secret.</source>
        <translation>チャネルシークレットのファイル %1 はフォルダーです。シークレットを書いたファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the channel secret file %1 (%2).</source>
        <translation>チャネルシークレットのファイル %1 を読めません（%2）。</translation>
    </message>
    <message>
        <source>Name the order: paydesk-cli %1 ORDER.</source>
        <translation>注文を指定してください: paydesk-cli %1 ORDER。</translation>
    </message>
    <message>
        <source>The amount must be more than zero, not %1.</source>
        <translation>金額は 0 より大きくしてください（%1 は不可）。</translation>
    </message>
    <message>
        <source>The --%1 option is blank; give a %1 or leave the option out.</source>
        <translation>--%1 オプションが空白です。%1 を指定するか、このオプションを省いてください。</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; has no name; write NAME:QTY:PRICE.</source>
        <translation>商品「%1」に名前がありません。NAME:QTY:PRICE の形で書いてください。</translation>
    </message>
    <message>
        <source>At most %1 can be captured for order %2, not %3.</source>
        <translation>注文 %2 で売上確定できるのは最大 %1 です（%3 は不可）。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>--orders takes a number of orders from 1 to 100,000,000.</source>
        <translation>--orders には 1 から 100,000,000 までの注文数を指定してください。</translation>
    </message>
    <message>
        <source>Say where to write the new database: --out FILE.</source>
        <translation>新しいデータベースの書き込み先を指定してください: --out FILE。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>%1: %2 orders, %3 items, %4 payments, %5 refunds, %6 audit entries in %7 s.</source>
        <translation>%1: 注文 %2 件、商品 %3 件、決済 %4 件、返金 %5 件、監査ログ %6 件（%7 秒）。</translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2026-11-29.</source>
        <translation>--%1 には 2026-11-29 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0.</source>
        <translation>--limit には 0 より大きい整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 (transaction %2): was %3; now %4 as LINE Pay has it.</source>
        <translation>%1（取引 %2）：%3 から LINE Pay の記録どおり %4 に更新しました。</translation>
    </message>
    <message>
        <source>%1 (transaction %2): here %3; LINE Pay %4. Left unchanged: %5</source>
        <translation>%1（取引 %2）：こちらは %3、LINE Pay は %4。変更していません：%5</translation>
    </message>
    <message>
        <source>Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to check; %5 left to another PayDesk that is working on them.</source>
        <translation>%1 件の決済を LINE Pay と %2 回の照会で突合しました：差異 %3 件、確認待ち %4 件、処理中の別の PayDesk に任せたもの %5 件。</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>突合を中止しました：%1</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date には YYYY-MM-DD 形式の日付を指定してください（「%1」ではなく）。</translation>
    </message>
    <message>
        <source>%1, %2: closed %3 by %4</source>
        <translation>%1、%2：%3 に %4 が締めました</translation>
    </message>
    <message>
        <source>%1: not closed</source>
        <translation>%1：未締め</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>%1 〜 %2（%3）</translation>
    </message>
    <message>
        <source>No money moved on this day.</source>
        <translation>この日の入出金はありません。</translation>
    </message>
    <message>
        <source>%1: captured %2 (%3), refunded %4 (%5), voided %6 (%7), net %8</source>
        <translation>%1：売上確定 %2（%3 件）、返金 %4（%5 件）、オーソリ取消 %6（%7 件）、純額 %8</translation>
    </message>
    <message>
        <source>--format takes text, json, csv or pdf, not &quot;%1&quot;.</source>
        <translation>--format には text、json、csv、pdf のいずれかを指定してください（「%1」は不可）。</translation>
    </message>
    <message>
        <source>Say where to write the PDF: --out FILE.</source>
        <translation>PDF の書き込み先を指定してください: --out FILE</translation>
    </message>
    <message>
        <source>--paper takes a4, 80mm or 58mm.</source>
        <translation>--paper には a4、80mm、58mm のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Report of %1 written to %2.</source>
        <translation>%1 のレポートを %2 に書き込みました。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>The day is closed, but its PDF was not written: %1 Print it again with paydesk-cli report --date %2 --format pdf --out FILE.</source>
        <translation>日次締めは完了しましたが、PDF を書き込めませんでした: %1 paydesk-cli report --date %2 --format pdf --out FILE で出力し直してください。</translation>
    </message>
    <message>
        <source>--refund takes the number of one of the order&apos;s refunds.</source>
        <translation>--refund には、その注文の返金のいずれかの番号を指定してください。</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2.</source>
        <translation>注文 %1 の領収書を %2 に書き込みました。</translation>
    </message>
    <message>
        <source>Shop: %1
Tax id: %2
Address: %3
Phone: %4</source>
        <translation>店舗名：%1
登録番号：%2
住所：%3
電話番号：%4</translation>
    </message>
    <message>
        <source>Only the owner can close the day: add --as owner.</source>
        <translation>日次締めができるのはオーナーのみです。--as owner を付けてください。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details: add --as owner.</source>
        <translation>店舗情報を変更できるのはオーナーのみです。--as owner を付けてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません：%2</translation>
    </message>
    <message>
        <source>Give the PIN in a file (--pin-file FILE), or run on a terminal to type it.</source>
        <translation>PIN をファイルで指定する（--pin-file FILE）か、端末で実行して PIN を入力してください。</translation>
    </message>
    <message>
        <source>No PIN was typed.</source>
        <translation>PIN が入力されませんでした。</translation>
    </message>
    <message>
        <source>--pin-file goes with --as owner.</source>
        <translation>--pin-file は --as owner と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--as takes owner.</source>
        <translation>--as には owner を指定してください。</translation>
    </message>
    <message>
        <source>The shop has no owner on its staff list yet: add one with paydesk-cli staff add NAME --role owner.</source>
        <translation>スタッフ一覧にまだオーナーがいません。paydesk-cli staff add NAME --role owner で追加してください。</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>%1 の PIN: </translation>
    </message>
    <message>
        <source>Say what to do with the staff: paydesk-cli staff list, or staff add NAME --role owner|clerk.</source>
        <translation>スタッフに対する操作を指定してください: paydesk-cli staff list、または staff add NAME --role owner|clerk</translation>
    </message>
    <message>
        <source>Give the name and the role: paydesk-cli staff add NAME --role owner|clerk.</source>
        <translation>名前と役割を指定してください: paydesk-cli staff add NAME --role owner|clerk</translation>
    </message>
    <message>
        <source>New PIN of %1: </source>
        <translation>%1 の新しい PIN: </translation>
    </message>
    <message>
        <source>staff list takes no name.</source>
        <translation>staff list には名前を指定できません。</translation>
    </message>
    <message>
        <source>No staff yet.</source>
        <translation>スタッフはまだ登録されていません。</translation>
    </message>
    <message>
        <source>Voiding order %1 is above what a clerk may do alone: add --as owner (the owner&apos;s PIN). Nothing was sent.</source>
        <translation>注文 %1 のオーソリ取消は、スタッフだけでは行えない金額です。--as owner を付けてください（オーナーの PIN が必要です）。何も送信していません。</translation>
    </message>
    <message>
        <source>This refund of order %1 is above what a clerk may do alone: add --as owner (the owner&apos;s PIN). Nothing was sent.</source>
        <translation>注文 %1 のこの返金は、スタッフだけでは行えない金額です。--as owner を付けてください（オーナーの PIN が必要です）。何も送信していません。</translation>
    </message>
</context>
<context>
    <name>PayDesk::ConnectionTest</name>
    <message>
        <source>The connection works: LINE Pay accepted the channel ID and secret.</source>
        <translation>接続に成功しました。LINE PayでチャネルIDとチャネルシークレットが確認されました。</translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay</name>
    <message>
        <source>LINE Pay sent an answer PayDesk cannot read (%1).</source>
        <translation>LINE Payから、PayDeskで読み取れない応答が返されました（%1）。</translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay::Client</name>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https:// for %1.</source>
        <translation>http:// はこのコンピューター（ループバック）に対してのみ使用できます。%1 には https:// を使用してください。</translation>
    </message>
    <message>
        <source>No network is available.</source>
        <translation>ネットワークに接続されていません。</translation>
    </message>
    <message>
        <source>PayDesk could not reach LINE Pay (%1). Nothing was sent; check the network and try again.</source>
        <translation>PayDeskからLINE Payに接続できませんでした（%1）。何も送信していません。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The connection to LINE Pay broke %n time(s) while reading (%1). Nothing was changed; check the network and try again.</source>
        <translation>
            <numerusform>読み取り中にLINE Payとの接続が%n回切断されました（%1）。何も変更されていません。ネットワークを確認して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE Pay did not answer in time; the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation>LINE Payから時間内に応答がありませんでした。PayDeskがLINE Payに照会するまで結果は不明です。</translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke before the answer arrived (%1); the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation>応答を受信する前にLINE Payとの接続が切断されました（%1）。PayDeskがLINE Payに照会するまで結果は不明です。</translation>
    </message>
    <message>
        <source>The LINE Pay address &quot;%1&quot; is not a valid URL; write it like https://api-pay.line.me.</source>
        <translation>LINE Pay のアドレス「%1」は正しい URL ではありません。https://api-pay.line.me のように書いてください。</translation>
    </message>
    <message>
        <source>The LINE Pay address %1 must start with https:// (or http:// for a sandbox on this computer).</source>
        <translation>LINE Pay のアドレス %1 は https:// で始めてください（このコンピューター上のサンドボックスなら http://）。</translation>
    </message>
    <message>
        <source>LINE Pay answered with HTTP status %1 instead of a result.</source>
        <translation>LINE Pay は結果ではなく HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <source>LINE Pay closed the connection without an answer</source>
        <translation>LINE Pay が応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>LINE Pay refused the connection</source>
        <translation>LINE Pay が接続を拒否しました</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>安全な接続を確立できませんでした</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>ネットワークエラー %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Money</name>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD.</source>
        <translation>通貨「%1」には対応していません。TWD、THB、USD のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 120 or 12.50.</source>
        <translation>「%1」は金額として認識できません。120 や 12.50 のように入力してください。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>金額 %1 は大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation>%2の金額に%1の金額を加算できません。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額が大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2.</source>
        <translation>%2の金額から%1の金額を差し引けません。</translation>
    </message>
    <message>
        <source>LINE Pay Japan closed in April 2025: JPY payments can no longer be requested. Use TWD, THB or USD.</source>
        <translation>LINE Pay（日本）は 2025 年 4 月に終了したため、JPY の決済はもうリクエストできません。TWD、THB、USD のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Choose a currency: TWD, THB or USD.</source>
        <translation>通貨を選んでください: TWD、THB、USD。</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD (in capitals).</source>
        <translation>通貨「%1」には対応していません。TWD、THB、USD（大文字）を使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has decimals, but %2 amounts have none.</source>
        <translation>「%1」には小数がありますが、%2 の金額に小数はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: %2 amounts have at most %3.</source>
        <translation>「%1」は小数の桁が多すぎます: %2 の金額の小数は最大 %3 桁です。</translation>
    </message>
</context>
<context>
    <name>PayDesk::MoneyCall</name>
    <message>
        <source>waiting for the customer</source>
        <translation>お客様の承認待ち</translation>
    </message>
    <message>
        <source>authorized until %1</source>
        <translation>%1までオーソリ済み</translation>
    </message>
    <message>
        <source>%1 captured</source>
        <translation>%1を売上確定</translation>
    </message>
    <message>
        <source>(LINE Pay reports %1 paid, %2 expected)</source>
        <translation>（LINE Payの支払額は%1、想定額は%2）</translation>
    </message>
    <message>
        <source>authorization voided</source>
        <translation>オーソリ取消済み</translation>
    </message>
    <message>
        <source>refund accepted</source>
        <translation>返金受付済み</translation>
    </message>
</context>
<context>
    <name>PayDesk::Order</name>
    <message>
        <source>Add at least one item.</source>
        <translation>商品を1つ以上追加してください。</translation>
    </message>
    <message>
        <source>Every item needs a name.</source>
        <translation>すべての商品に商品名を入力してください。</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and 1,000,000.</source>
        <translation>「%1」の数量は1〜1,000,000の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; is not in %2.</source>
        <translation>「%1」の単価の通貨が%2ではありません。</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>合計金額は0より大きい値にしてください。</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation>%1が長すぎます: %2 文字（最大 %3 文字）。</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2); type it again without it.</source>
        <translation>%1に制御文字（U+%2）が含まれています。それを除いて入力し直してください。</translation>
    </message>
    <message>
        <source>The customer name is blank; give a name or none.</source>
        <translation>お客様の名前が空白です。名前を入れるか、何も入れないでください。</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>お客様の名前</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The phone number is too long: at most 30 characters.</source>
        <translation>電話番号が長すぎます: 最大 30 文字です。</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only have digits, spaces and + - ( ).</source>
        <translation>電話番号「%1」に使えるのは数字、空白、+ - ( ) だけです。</translation>
    </message>
    <message>
        <source>item name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero, not %2.</source>
        <translation>「%1」の単価は 0 より大きくしてください（%2 は不可）。</translation>
    </message>
    <message>
        <source>The total is more than LINE Pay takes in one payment (at most %1).</source>
        <translation>合計が LINE Pay の 1 回の決済の上限を超えています（最大 %1）。</translation>
    </message>
    <message>
        <source>The total %1 is more than LINE Pay takes in one payment (at most %2).</source>
        <translation>合計 %1 は LINE Pay の 1 回の決済の上限を超えています（最大 %2）。</translation>
    </message>
</context>
<context>
    <name>PayDesk::PaymentService</name>
    <message>
        <source>Order %1 cannot get a new payment request: its payment is %2.</source>
        <translation>注文 %1 は新しく決済リクエストできません。決済の状態は「%2」です。</translation>
    </message>
    <message>
        <source>Order %1 cannot be confirmed: its payment is %2.</source>
        <translation>注文 %1 は決済確定できません。決済の状態は「%2」です。</translation>
    </message>
    <message>
        <source>Order %1 cannot be captured: its payment is %2.</source>
        <translation>注文 %1 は売上確定できません。決済の状態は「%2」です。</translation>
    </message>
    <message>
        <source>Order %1 cannot be voided: its payment is %2.</source>
        <translation>注文 %1 はオーソリ取消できません。決済の状態は「%2」です。</translation>
    </message>
    <message>
        <source>Order %1 cannot be refunded: its payment is %2.</source>
        <translation>注文 %1 は返金できません。決済の状態は「%2」です。</translation>
    </message>
    <message>
        <source>Order %1 cannot do that now: its payment is %2.</source>
        <translation>注文 %1 は現在この操作ができません。決済の状態は「%2」です。</translation>
    </message>
    <message>
        <source>The payment request sent at %1 went through; nothing more was sent.</source>
        <translation>%1に送信した決済リクエストは完了しています。追加の送信は行っていません。</translation>
    </message>
    <message>
        <source>The confirmation sent at %1 went through; nothing more was sent.</source>
        <translation>%1に送信した決済確定は完了しています。追加の送信は行っていません。</translation>
    </message>
    <message>
        <source>The capture of %1 sent at %2 went through; nothing more was sent.</source>
        <translation>%2に送信した%1の売上確定は完了しています。追加の送信は行っていません。</translation>
    </message>
    <message>
        <source>The void sent at %1 went through; nothing more was sent.</source>
        <translation>%1に送信したオーソリ取消は完了しています。追加の送信は行っていません。</translation>
    </message>
    <message>
        <source>The refund of %1 sent at %2 went through; nothing more was sent.</source>
        <translation>%2に送信した%1の返金は完了しています。追加の送信は行っていません。</translation>
    </message>
    <message>
        <source>The full refund sent at %1 went through; nothing more was sent.</source>
        <translation>%1に送信した全額返金は完了しています。追加の送信は行っていません。</translation>
    </message>
    <message>
        <source>The outcome of the payment request %1 is still unknown: %2</source>
        <translation>決済リクエスト %1 の結果はまだ不明です：%2</translation>
    </message>
    <message>
        <source>The outcome of the confirmation of payment %1 is still unknown: %2</source>
        <translation>決済 %1 の決済確定の結果はまだ不明です：%2</translation>
    </message>
    <message>
        <source>The outcome of the capture of payment %1 is still unknown: %2</source>
        <translation>決済 %1 の売上確定の結果はまだ不明です：%2</translation>
    </message>
    <message>
        <source>The outcome of the void of payment %1 is still unknown: %2</source>
        <translation>決済 %1 のオーソリ取消の結果はまだ不明です：%2</translation>
    </message>
    <message>
        <source>The outcome of the refund of payment %1 is still unknown: %2</source>
        <translation>決済 %1 の返金の結果はまだ不明です：%2</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1を返金</translation>
    </message>
    <message>
        <source>%1 refunded (%2)</source>
        <translation>%1を返金（%2）</translation>
    </message>
    <message>
        <source>This order is already being processed; wait for the current step to finish.</source>
        <translation>この注文は処理中です。現在の処理が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Order %1 is being processed by another PayDesk (%2, process %3 on %4) since %5; nothing was sent. Wait for it to finish, then try again.</source>
        <translation>注文 %1 は%5から別のPayDesk（%2、%4 のプロセス %3）で処理中のため、何も送信していません。処理が終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Payment %1 stays in doubt after recovery; check it in the LINE Pay merchant center.</source>
        <translation>決済 %1 はリカバリー後も結果不明のままです。LINE Payの加盟店管理画面で確認してください。</translation>
    </message>
    <message>
        <source>Payment %1 is in doubt without a journal entry; check it in the LINE Pay merchant center.</source>
        <translation>決済 %1 は結果不明ですが、処理記録がありません。LINE Payの加盟店管理画面で確認してください。</translation>
    </message>
    <message>
        <source>Payment %1 is in doubt; run recovery before trying again.</source>
        <translation>決済 %1 は結果不明です。再試行の前にリカバリーを実行してください。</translation>
    </message>
    <message>
        <source>Order %1 has nothing left to refund.</source>
        <translation>注文 %1 に返金できる残額はありません。</translation>
    </message>
    <message>
        <source>Enter a capture amount in %1 above zero.</source>
        <translation>売上確定額（%1）には0より大きい値を入力してください。</translation>
    </message>
    <message>
        <source>Enter a refund amount in %1 above zero.</source>
        <translation>返金額（%1）には0より大きい値を入力してください。</translation>
    </message>
    <message>
        <source>%1 sent to LINE Pay</source>
        <translation>%1をLINE Payに送信</translation>
    </message>
    <message>
        <source>sent to LINE Pay</source>
        <translation>LINE Payに送信</translation>
    </message>
    <message>
        <source>Another PayDesk changed this order at the same moment; nothing was sent. Try again.</source>
        <translation>同時に別のPayDeskがこの注文を変更したため、何も送信していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call before it was sent; nothing was sent. Try again.</source>
        <translation>この処理は送信前に別のPayDeskで処理済みになったため、何も送信していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing was sent; recovery will settle the payment without calling LINE Pay.</source>
        <translation>何も送信していません。リカバリーで、LINE Payに問い合わせずに決済の状態を解決します。</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first.</source>
        <translation>この処理は別のPayDeskで先に処理されました。</translation>
    </message>
    <message>
        <source>Another PayDesk recorded the outcome of this call first: it went through.</source>
        <translation>この処理の結果は別のPayDeskで先に記録されました。処理は完了しています。</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first; check the order before trying again.</source>
        <translation>この処理は別のPayDeskで先に処理されました。再試行する前に注文を確認してください。</translation>
    </message>
    <message>
        <source>The payment stays in doubt; check it in the LINE Pay merchant center.</source>
        <translation>決済は結果不明のままです。LINE Payの加盟店管理画面で確認してください。</translation>
    </message>
    <message>
        <source>LINE Pay answered, but PayDesk could not save the answer: %1 The payment stays in doubt until recovery (paydesk-cli recover, or Refresh from LINE Pay); nothing will be sent again.</source>
        <translation>LINE Payから応答がありましたが、PayDeskで保存できませんでした：%1 リカバリー（paydesk-cli recover または「LINE Payから更新」）を行うまで、決済は結果不明のままです。再送信は行いません。</translation>
    </message>
    <message>
        <source>Run recovery (paydesk-cli recover, or Refresh from LINE Pay) before trying again.</source>
        <translation>再試行する前に、リカバリー（paydesk-cli recover または「LINE Payから更新」）を実行してください。</translation>
    </message>
    <message>
        <source>LINE Pay&apos;s answer would leave the payment %1, which this call cannot lead to.</source>
        <translation>LINE Payの応答では決済が「%1」になりますが、この処理でその状態になることはありません。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund; its amount could not be read yet.</source>
        <translation>LINE Payが全額返金を受け付けましたが、返金額はまだ読み取れていません。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund, but PayDesk could not read how much it refunded (%1). Run recovery (paydesk-cli recover, or Refresh from LINE Pay) to record it; nothing will be sent again.</source>
        <translation>LINE Payが全額返金を受け付けましたが、PayDeskで返金額を読み取れませんでした（%1）。記録するには、リカバリー（paydesk-cli recover または「LINE Payから更新」）を実行してください。再送信は行いません。</translation>
    </message>
    <message>
        <source>LINE Pay was asked about this payment less than a second ago.</source>
        <translation>この決済は1秒以内にLINE Payへ照会したばかりです。</translation>
    </message>
    <message>
        <source>Order %1 has no LINE Pay transaction yet.</source>
        <translation>注文 %1 にはまだLINE Payの取引がありません。</translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment while LINE Pay was asked; its record stands.</source>
        <translation>LINE Payへの照会中に別のPayDeskがこの決済を変更しました。その記録が優先されます。</translation>
    </message>
    <message>
        <source>PayDesk left the order unchanged; check it in the LINE Pay merchant center.</source>
        <translation>PayDeskは注文を変更していません。LINE Payの加盟店管理画面で確認してください。</translation>
    </message>
    <message>
        <source>LINE Pay reported an unknown payment status &quot;%1&quot;.</source>
        <translation>LINE Payから不明な決済ステータス「%1」が返されました。</translation>
    </message>
    <message>
        <source>recorded from LINE Pay</source>
        <translation>LINE Payから記録</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are being processed by another PayDesk and are left to it; run recovery again once it has finished.</source>
        <translation>
            <numerusform>%n件の決済は別のPayDeskで処理中のため、そちらに任せました。処理が終わったら、もう一度リカバリーを実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment is settled.</source>
        <translation>未解決の決済はありません。</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>the answer to the request was lost; this attempt is abandoned</source>
        <translation>リクエストへの応答が失われたため、この試行は中止しました</translation>
    </message>
    <message>
        <source>LINE Pay does not list the payment.</source>
        <translation>LINE Payにこの決済の記録がありません。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the refund but does not list it yet.</source>
        <translation>LINE Payは返金を受け付けましたが、まだ記録に反映されていません。</translation>
    </message>
    <message>
        <source>LINE Pay shows that it went through</source>
        <translation>LINE Payでは完了済み</translation>
    </message>
    <message>
        <source>LINE Pay shows that it did not happen</source>
        <translation>LINE Payでは未実行</translation>
    </message>
    <message>
        <source>%1; settled by recovery, now %2</source>
        <translation>%1（リカバリーで解決、現在の状態：%2）</translation>
    </message>
    <message>
        <source>The confirmation of %1 is still unknown: %2</source>
        <translation>%1 の決済確定の結果はまだ不明です：%2</translation>
    </message>
    <message>
        <source>the confirmation did not happen</source>
        <translation>決済確定は行われていません</translation>
    </message>
    <message>
        <source>LINE Pay does not show the payment request yet and may still be handling it; try again after %1.</source>
        <translation>LINE Payにまだ決済リクエストが表示されていません。処理中の可能性があります。%1以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the confirmation yet and may still be handling it; try again after %1.</source>
        <translation>LINE Payにまだ決済確定が表示されていません。処理中の可能性があります。%1以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the capture yet and may still be handling it; try again after %1.</source>
        <translation>LINE Payにまだ売上確定が表示されていません。処理中の可能性があります。%1以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the void yet and may still be handling it; try again after %1.</source>
        <translation>LINE Payにまだオーソリ取消が表示されていません。処理中の可能性があります。%1以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>LINE Pay does not show the refund yet and may still be handling it; try again after %1.</source>
        <translation>LINE Payにまだ返金が表示されていません。処理中の可能性があります。%1以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke and LINE Pay refused the repeated read. Nothing was changed; check the network and try again.</source>
        <translation>LINE Payとの接続が切断され、再読み込みもLINE Payに拒否されました。何も変更されていません。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>PayDesk could not save to its database: %1</source>
        <translation>PayDeskのデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>%1, paid %2, refunded %3</source>
        <translation>%1、支払済 %2、返金済 %3</translation>
    </message>
    <message>
        <source>LINE Pay has no record of this payment.</source>
        <translation>LINE Pay にこの決済の記録がありません。</translation>
    </message>
    <message>
        <source>%1 → %2 (LINE Pay&apos;s payment details)</source>
        <translation>%1 → %2（LINE Pay の決済詳細）</translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment meanwhile; reconcile again.</source>
        <translation>その間に別の PayDesk がこの決済を変更しました。もう一度突合してください。</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1（%2 が承認）</translation>
    </message>
    <message>
        <source>Voiding %1 of order %2 needs the owner&apos;s PIN.</source>
        <translation>注文 %2 の %1 のオーソリ取消には、オーナーの PIN が必要です。</translation>
    </message>
    <message>
        <source>Refunding %1 of order %2 needs the owner&apos;s PIN.</source>
        <translation>注文 %2 の %1 の返金には、オーナーの PIN が必要です。</translation>
    </message>
    <message>
        <source>The shop has no owner on its staff list yet.</source>
        <translation>スタッフ一覧にまだオーナーがいません。</translation>
    </message>
    <message>
        <source>Add the owner first.</source>
        <translation>先にオーナーを追加してください。</translation>
    </message>
    <message>
        <source>%1 is signed in as a clerk.</source>
        <translation>%1 はスタッフとしてサインインしています。</translation>
    </message>
    <message>
        <source>Only the owner can close the day.</source>
        <translation>日次締めができるのはオーナーのみです。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details.</source>
        <translation>店舗情報を変更できるのはオーナーのみです。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s rules.</source>
        <translation>店舗のルールを変更できるのはオーナーのみです。</translation>
    </message>
    <message>
        <source>Only the owner can change the staff list.</source>
        <translation>スタッフ一覧を変更できるのはオーナーのみです。</translation>
    </message>
    <message>
        <source>Only the owner can change another person&apos;s PIN.</source>
        <translation>他の人の PIN を変更できるのはオーナーのみです。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Reports</name>
    <message>
        <source>(shop name not set)</source>
        <translation>（店舗名が未設定）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>登録番号：%1</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>売上確定</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>オーソリ取消</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>精算レポート %1</translation>
    </message>
    <message>
        <source>Day report (not closed)</source>
        <translation>日次レポート（未締め）</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>%1 〜 %2（%3）</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>%1 に %2 が締めました</translation>
    </message>
    <message>
        <source>This day is not closed: its figures can still change.</source>
        <translation>この日はまだ締めていません。数値は今後変わる可能性があります。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No money moved on this day.</source>
        <translation>この日の入出金はありません。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>オーソリ取消</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純額</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>決済 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>返金 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Net is captured less refunded. Voided authorizations moved no money.</source>
        <translation>純額は売上確定額から返金額を差し引いた金額です。オーソリ取消では実際の入出金はありません。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>決済明細</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>LINE Pay transaction</source>
        <translation>LINE Pay 取引</translation>
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
        <translation>印刷日時：%1</translation>
    </message>
    <message>
        <source>Order %1 has no captured payment to print a receipt for.</source>
        <translation>注文 %1 には売上確定済みの決済がないため、領収書を印刷できません。</translation>
    </message>
    <message>
        <source>Order %1 has no refund %2.</source>
        <translation>注文 %1 に返金 %2 はありません。</translation>
    </message>
    <message>
        <source>Refund slip</source>
        <translation>返金伝票</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>お客様：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Paid with LINE Pay</source>
        <translation>LINE Pay でのお支払い</translation>
    </message>
    <message>
        <source>Refunded in all</source>
        <translation>返金合計</translation>
    </message>
    <message>
        <source>Paid after refunds</source>
        <translation>返金後のお支払額</translation>
    </message>
    <message>
        <source>LINE Pay transaction %1</source>
        <translation>LINE Pay 取引番号 %1</translation>
    </message>
    <message>
        <source>Refund transaction %1</source>
        <translation>返金取引番号 %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>LINE Pay order %1</source>
        <translation>LINE Pay 注文番号 %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>ありがとうございました。</translation>
    </message>
    <message>
        <source>The printer does not take paper of %1 × %2 mm.</source>
        <translation>プリンターは %1 × %2 mm の用紙に対応していません。</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>印刷を開始できません。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>新しいページを開始できません。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation>印刷を完了できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>PayDesk::ReturnCode</name>
    <message>
        <source>LINE Pay refused the request with code %1.</source>
        <translation>LINE Payがリクエストを拒否しました（コード %1）。</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay, then contact support if this persists.</source>
        <translation>LINE Payから注文を更新してください。解決しない場合はサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>LINE Pay accepted the request.</source>
        <translation>LINE Payがリクエストを受け付けました。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>操作は不要です。</translation>
    </message>
    <message>
        <source>The customer has approved the payment in LINE Pay.</source>
        <translation>お客様がLINE Payでお支払いを承認しました。</translation>
    </message>
    <message>
        <source>Confirm the payment.</source>
        <translation>決済確定を行ってください。</translation>
    </message>
    <message>
        <source>The customer cancelled the payment, or the 20 minutes to approve it ran out.</source>
        <translation>お客様がお支払いをキャンセルしたか、承認期限（20分）が過ぎました。</translation>
    </message>
    <message>
        <source>Request the payment again if the customer still wants to pay.</source>
        <translation>お客様がお支払いを希望される場合は、もう一度決済リクエストを行ってください。</translation>
    </message>
    <message>
        <source>The payment failed in LINE Pay.</source>
        <translation>LINE Payで決済に失敗しました。</translation>
    </message>
    <message>
        <source>Request the payment again or take another payment method.</source>
        <translation>もう一度決済リクエストを行うか、別のお支払い方法で受け付けてください。</translation>
    </message>
    <message>
        <source>The payment is already complete.</source>
        <translation>この決済はすでに完了しています。</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay.</source>
        <translation>LINE Payから注文を更新してください。</translation>
    </message>
    <message>
        <source>The customer is not a LINE Pay user.</source>
        <translation>お客様はLINE Payのユーザーではありません。</translation>
    </message>
    <message>
        <source>Ask the customer to pay another way.</source>
        <translation>お客様に別のお支払い方法をご案内してください。</translation>
    </message>
    <message>
        <source>The customer&apos;s LINE Pay account cannot make payments at the moment.</source>
        <translation>お客様のLINE Payアカウントは現在お支払いに利用できません。</translation>
    </message>
    <message>
        <source>Ask the customer to contact LINE Pay or to pay another way.</source>
        <translation>お客様に、LINE Payへのお問い合わせか別のお支払い方法をご案内してください。</translation>
    </message>
    <message>
        <source>LINE Pay does not know this channel ID.</source>
        <translation>このチャネルIDはLINE Payに登録されていません。</translation>
    </message>
    <message>
        <source>Check the channel ID in Settings.</source>
        <translation>設定でチャネルIDを確認してください。</translation>
    </message>
    <message>
        <source>This shop cannot use LINE Pay at the moment.</source>
        <translation>この店舗は現在LINE Payを利用できません。</translation>
    </message>
    <message>
        <source>Contact LINE Pay merchant support.</source>
        <translation>LINE Payの加盟店サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>LINE Pay refused the request signature: the channel secret is probably wrong.</source>
        <translation>LINE Payがリクエストの署名を拒否しました。チャネルシークレットが誤っている可能性があります。</translation>
    </message>
    <message>
        <source>Check the channel secret in Settings.</source>
        <translation>設定でチャネルシークレットを確認してください。</translation>
    </message>
    <message>
        <source>The customer&apos;s credit card cannot be used.</source>
        <translation>お客様のクレジットカードはご利用いただけません。</translation>
    </message>
    <message>
        <source>Ask the customer to choose another card.</source>
        <translation>お客様に別のカードを選んでいただくようご案内してください。</translation>
    </message>
    <message>
        <source>LINE Pay refused the amount (wrong number of decimals or format).</source>
        <translation>LINE Payが金額を拒否しました（小数の桁数または形式の誤り）。</translation>
    </message>
    <message>
        <source>Check the amount and currency.</source>
        <translation>金額と通貨を確認してください。</translation>
    </message>
    <message>
        <source>The one-time key is not valid.</source>
        <translation>ワンタイムキーが無効です。</translation>
    </message>
    <message>
        <source>Ask the customer for a new code.</source>
        <translation>お客様に新しいコードの提示をお願いしてください。</translation>
    </message>
    <message>
        <source>The customer&apos;s payment account has a problem.</source>
        <translation>お客様のお支払いアカウントに問題があります。</translation>
    </message>
    <message>
        <source>The customer&apos;s balance is too low.</source>
        <translation>お客様の残高が不足しています。</translation>
    </message>
    <message>
        <source>Ask the customer to top up or to pay another way.</source>
        <translation>お客様にチャージまたは別のお支払い方法をご案内してください。</translation>
    </message>
    <message>
        <source>This payment is being processed right now.</source>
        <translation>この決済は現在処理中です。</translation>
    </message>
    <message>
        <source>Wait a minute, then refresh the order.</source>
        <translation>1分ほど待ってから注文を更新してください。</translation>
    </message>
    <message>
        <source>LINE Pay has no record of this transaction.</source>
        <translation>LINE Payにこの取引の記録がありません。</translation>
    </message>
    <message>
        <source>Check the order; if the customer never paid, request the payment again.</source>
        <translation>注文を確認してください。お客様がお支払いを済ませていない場合は、もう一度決済リクエストを行ってください。</translation>
    </message>
    <message>
        <source>LINE Pay already has this transaction.</source>
        <translation>この取引はすでにLINE Payに存在します。</translation>
    </message>
    <message>
        <source>The amount differs from the amount requested.</source>
        <translation>金額がリクエストした金額と異なります。</translation>
    </message>
    <message>
        <source>Refresh the order; the amount must match the request.</source>
        <translation>注文を更新してください。金額はリクエスト時と一致する必要があります。</translation>
    </message>
    <message>
        <source>The customer&apos;s saved payment method is unavailable.</source>
        <translation>お客様の登録済みのお支払い方法は利用できません。</translation>
    </message>
    <message>
        <source>This transaction cannot be refunded or voided in its current state.</source>
        <translation>この取引は現在の状態では返金もオーソリ取消もできません。</translation>
    </message>
    <message>
        <source>LINE Pay has no payment request for this transaction.</source>
        <translation>LINE Payにこの取引の決済リクエストがありません。</translation>
    </message>
    <message>
        <source>Request the payment again.</source>
        <translation>もう一度決済リクエストを行ってください。</translation>
    </message>
    <message>
        <source>The refund period for this payment is over.</source>
        <translation>この決済の返金期限を過ぎています。</translation>
    </message>
    <message>
        <source>Settle the refund with the customer another way.</source>
        <translation>別の方法でお客様に返金してください。</translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund.</source>
        <translation>返金額が返金可能な残額を超えています。</translation>
    </message>
    <message>
        <source>Refund at most the amount still refundable.</source>
        <translation>返金可能な残額以内で返金してください。</translation>
    </message>
    <message>
        <source>This payment was already refunded or voided.</source>
        <translation>この決済はすでに返金またはオーソリ取消されています。</translation>
    </message>
    <message>
        <source>The customer has not finished approving the payment in LINE Pay yet.</source>
        <translation>お客様がLINE Payでのお支払いの承認をまだ完了していません。</translation>
    </message>
    <message>
        <source>Wait for the customer, then confirm again.</source>
        <translation>お客様の承認を待ってから、もう一度決済確定を行ってください。</translation>
    </message>
    <message>
        <source>The customer&apos;s balance changed while paying.</source>
        <translation>お支払い中にお客様の残高が変動しました。</translation>
    </message>
    <message>
        <source>Ask the customer to try again.</source>
        <translation>お客様にもう一度お試しいただくようご案内してください。</translation>
    </message>
    <message>
        <source>LINE Pay already has a transaction with this order number.</source>
        <translation>この注文番号の取引はすでにLINE Payに存在します。</translation>
    </message>
    <message>
        <source>Too many transactions were asked for at once (at most 100).</source>
        <translation>一度に照会する取引が多すぎます（最大100件）。</translation>
    </message>
    <message>
        <source>Ask for fewer transactions.</source>
        <translation>照会する取引の数を減らしてください。</translation>
    </message>
    <message>
        <source>This shop&apos;s LINE Pay channel does not accept this currency.</source>
        <translation>この店舗のLINE Payチャネルはこの通貨に対応していません。</translation>
    </message>
    <message>
        <source>Use the currency of your LINE Pay channel.</source>
        <translation>LINE Payチャネルの通貨を使用してください。</translation>
    </message>
    <message>
        <source>LINE Pay cannot do this in the payment&apos;s current state.</source>
        <translation>決済の現在の状態では、LINE Payでこの操作はできません。</translation>
    </message>
    <message>
        <source>The time to complete this payment has passed.</source>
        <translation>この決済の完了期限を過ぎました。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額は0より大きい値にしてください。</translation>
    </message>
    <message>
        <source>Enter a larger amount.</source>
        <translation>より大きい金額を入力してください。</translation>
    </message>
    <message>
        <source>The amount is larger than allowed (more than authorized or requested).</source>
        <translation>金額が上限を超えています（オーソリ額またはリクエスト額を超過）。</translation>
    </message>
    <message>
        <source>Enter a smaller amount.</source>
        <translation>より小さい金額を入力してください。</translation>
    </message>
    <message>
        <source>The pre-approved payment key does not exist.</source>
        <translation>自動決済キーが存在しません。</translation>
    </message>
    <message>
        <source>Ask the customer to register again.</source>
        <translation>お客様に再登録をご案内してください。</translation>
    </message>
    <message>
        <source>The pre-approved payment key has expired.</source>
        <translation>自動決済キーの有効期限が切れています。</translation>
    </message>
    <message>
        <source>This shop cannot use pre-approved payments.</source>
        <translation>この店舗は自動決済を利用できません。</translation>
    </message>
    <message>
        <source>Another payment with this key is in progress.</source>
        <translation>このキーで別の決済が処理中です。</translation>
    </message>
    <message>
        <source>Wait and try again.</source>
        <translation>しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>LINE Pay received the same call twice, or is busy re-authorizing this payment.</source>
        <translation>LINE Payが同じリクエストを重複して受信したか、この決済の再オーソリを処理中です。</translation>
    </message>
    <message>
        <source>Wait a few minutes, then refresh the order before trying again.</source>
        <translation>数分待ってから注文を更新し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>LINE Pay had an internal error with this request.</source>
        <translation>このリクエストでLINE Payの内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay before trying again.</source>
        <translation>再試行する前に、LINE Payから注文を更新してください。</translation>
    </message>
    <message>
        <source>There was a problem with the customer&apos;s iPASS money.</source>
        <translation>お客様のiPASS MONEYに問題が発生しました。</translation>
    </message>
    <message>
        <source>A temporary error occurred during the card payment.</source>
        <translation>カード決済中に一時的なエラーが発生しました。</translation>
    </message>
    <message>
        <source>The card payment failed.</source>
        <translation>カード決済に失敗しました。</translation>
    </message>
    <message>
        <source>Ask the customer to use another card.</source>
        <translation>お客様に別のカードのご利用をご案内してください。</translation>
    </message>
    <message>
        <source>The card authorization failed.</source>
        <translation>カードのオーソリに失敗しました。</translation>
    </message>
    <message>
        <source>The payment was refused on suspicion of fraud.</source>
        <translation>不正利用の疑いにより決済が拒否されました。</translation>
    </message>
    <message>
        <source>Card payments are suspended for a while.</source>
        <translation>カード決済は一時的に停止されています。</translation>
    </message>
    <message>
        <source>Card information is missing.</source>
        <translation>カード情報がありません。</translation>
    </message>
    <message>
        <source>Ask the customer to check their card in LINE Pay.</source>
        <translation>お客様に、LINE Payでカード情報をご確認いただくようご案内してください。</translation>
    </message>
    <message>
        <source>Card information is wrong.</source>
        <translation>カード情報に誤りがあります。</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>カードの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The card balance is too low.</source>
        <translation>カードの残高が不足しています。</translation>
    </message>
    <message>
        <source>The card&apos;s limit is exceeded.</source>
        <translation>カードの利用限度額を超えています。</translation>
    </message>
    <message>
        <source>The card&apos;s limit for one payment is exceeded.</source>
        <translation>カードの1回あたりの利用限度額を超えています。</translation>
    </message>
    <message>
        <source>The card was reported stolen.</source>
        <translation>このカードは盗難届が出されています。</translation>
    </message>
    <message>
        <source>Do not hand over the goods; ask for another payment method.</source>
        <translation>商品はお渡しせず、別のお支払い方法をお願いしてください。</translation>
    </message>
    <message>
        <source>The card is suspended.</source>
        <translation>このカードは利用停止中です。</translation>
    </message>
    <message>
        <source>The card&apos;s security code (CVN) is wrong.</source>
        <translation>カードのセキュリティコード（CVN）が誤っています。</translation>
    </message>
    <message>
        <source>Ask the customer to check their card.</source>
        <translation>お客様にカードをご確認いただくようご案内してください。</translation>
    </message>
    <message>
        <source>The card cannot be used (blacklisted).</source>
        <translation>このカードは利用できません（ブラックリスト登録）。</translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation>カード番号が無効です。</translation>
    </message>
    <message>
        <source>The card issuer cannot process this amount.</source>
        <translation>カード発行会社がこの金額を処理できません。</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>カードが承認されませんでした。</translation>
    </message>
    <message>
        <source>LINE Pay had a temporary error.</source>
        <translation>LINE Payで一時的なエラーが発生しました。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>1分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The repeated request differs from the original one.</source>
        <translation>再送されたリクエストが元のリクエストと異なります。</translation>
    </message>
    <message>
        <source>The payment institution&apos;s limit was reached.</source>
        <translation>決済機関の上限に達しました。</translation>
    </message>
    <message>
        <source>The shop&apos;s receiving limit (per payment, day or month) is exceeded.</source>
        <translation>店舗の受取上限額（1回・1日・1か月あたり）を超えています。</translation>
    </message>
    <message>
        <source>The refund reserve of the payment institution is insufficient.</source>
        <translation>決済機関の返金用準備金が不足しています。</translation>
    </message>
    <message>
        <source>LINE Pay refused a value in the request.</source>
        <translation>LINE Payがリクエスト内の値を拒否しました。</translation>
    </message>
    <message>
        <source>Check the order&apos;s items and amounts.</source>
        <translation>注文の商品と金額を確認してください。</translation>
    </message>
    <message>
        <source>LINE Pay could not read the request.</source>
        <translation>LINE Payがリクエストを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Update PayDesk, or contact support if this persists.</source>
        <translation>PayDeskをアップデートしてください。解決しない場合はサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The request contains a value LINE Pay does not expect.</source>
        <translation>リクエストにLINE Payが想定していない値が含まれています。</translation>
    </message>
    <message>
        <source>LINE Pay refused the request as invalid.</source>
        <translation>LINE Payがリクエストを無効として拒否しました。</translation>
    </message>
    <message>
        <source>Check the order, then contact support if this persists.</source>
        <translation>注文を確認してください。解決しない場合はサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>LINE Pay had an internal error.</source>
        <translation>LINE Payで内部エラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>PayDesk::State</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>お客様の承認待ち</translation>
    </message>
    <message>
        <source>Ready to confirm</source>
        <translation>確定待ち</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>オーソリ済み</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>一部返金済み</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>オーソリ取消済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
</context>
<context>
    <name>PayDesk::Storage</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Qt用のSQLiteドライバーがありません（Debianパッケージ libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The database %1 stayed locked by another program; try again in a moment.</source>
        <translation>データベース %1 が別のプログラムにロックされたままです。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version cannot be read.</source>
        <translation>データベース %1 は破損しています。schemaのバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation>データベース %1 は新しいPayDeskで書き込まれています（schema %2）。このPayDeskが読み込めるのは %3 までです。</translation>
    </message>
    <message>
        <source>Upgrading the database from version %1 failed: %2</source>
        <translation>データベースをバージョン %1 からアップグレードできませんでした：%2</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>データベースへの保存に失敗しました：%1</translation>
    </message>
    <message>
        <source>Another PayDesk settled journal entry %1 first.</source>
        <translation>処理記録 %1 は別のPayDeskで先に処理されました。</translation>
    </message>
    <message>
        <source>Journal entry %1 is missing.</source>
        <translation>処理記録 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation>ID %1 の注文はありません。</translation>
    </message>
    <message>
        <source>There is no order &quot;%1&quot;.</source>
        <translation>注文「%1」はありません。</translation>
    </message>
    <message>
        <source>Another PayDesk started attempt %1 of this order in the meantime.</source>
        <translation>その間に別のPayDeskがこの注文の%1回目の決済リクエストを開始しました。</translation>
    </message>
    <message>
        <source>Payment %1 cannot go from %2 to %3.</source>
        <translation>決済 %1 を「%2」から「%3」に変更することはできません。</translation>
    </message>
    <message>
        <source>Payment %1 is missing.</source>
        <translation>決済 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Payment %1 was changed by another PayDesk in the meantime.</source>
        <translation>その間に決済 %1 が別のPayDeskで変更されました。</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>決済 %1 はありません。</translation>
    </message>
    <message>
        <source>No payment has been requested for this order yet.</source>
        <translation>この注文はまだ決済リクエストされていません。</translation>
    </message>
    <message>
        <source>Audit entry %1 vanished while it was written.</source>
        <translation>監査ログ %1 件目が書き込み中に消えました。</translation>
    </message>
    <message>
        <source>Audit entry 1 is missing: the trail starts at entry %1.</source>
        <translation>監査ログ 1 件目がありません: ログは %1 件目から始まっています。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail goes from entry %2 to entry %3.</source>
        <translation>監査ログ %1 件目がありません: ログは %2 件目から %3 件目に飛んでいます。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were inserted, removed or swapped there.</source>
        <translation>監査ログ %1 件目が直前の記録につながりません: ここで記録が挿入、削除、または入れ替えられています。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>監査ログ %1 件目は書き込み後に変更されています。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail ends at entry %2, but %3 entries were written.</source>
        <translation>監査ログ %1 件目がありません: ログは %2 件目で終わっていますが、%3 件書き込まれています。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s newest entry is not on record.</source>
        <translation>監査ログの最新の記録の控えがありません。</translation>
    </message>
    <message>
        <source>Other users of this computer can read the shop database %1, with its customers and payments. Make it yours alone: chmod 600 &quot;%1&quot;</source>
        <translation>このコンピューターの他のユーザーが、お客様と決済の情報を含む店舗データベース %1 を読めます。自分だけが読めるようにしてください: chmod 600 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>%1 をコピーできません: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database.</source>
        <translation>%1 は PayDesk のデータベースではありません。</translation>
    </message>
    <message>
        <source>%1 has an unreadable schema version &quot;%2&quot;.</source>
        <translation>%1 のスキーマバージョン「%2」を読み取れません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation>%1 は新しい PayDesk で書き込まれています（スキーマ %2）。このバージョンは %3 までしか読めません。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken: %2</source>
        <translation>%1 の監査ログが壊れています: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be copied.</source>
        <translation>データベース %1 をコピーできません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The backup did not check out: %1</source>
        <translation>バックアップの確認に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>復元していません: %1</translation>
    </message>
    <message>
        <source>Not restored, the current database could not be kept first: %1</source>
        <translation>現在のデータベースを先に保存できなかったため、復元していません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the database file.</source>
        <translation>%1 はフォルダーです。データベースファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2).</source>
        <translation>データベース %1 を開けません（%2）。</translation>
    </message>
    <message>
        <source>Cannot write to %1 (%2); check that the file and its folder can be written.</source>
        <translation>%1 に書き込めません（%2）。ファイルとそのフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database, or it is damaged (%2).</source>
        <translation>%1 は PayDesk のデータベースではないか、壊れています（%2）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version &quot;%2&quot; is not one PayDesk wrote. Restore a backup (paydesk-cli restore).</source>
        <translation>データベース %1 は壊れています: スキーマバージョン「%2」は PayDesk が書いたものではありません。バックアップを復元してください（paydesk-cli restore）。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2).</source>
        <translation>データベース %1 に書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a PayDesk database (%2).</source>
        <translation>%1 は壊れているか、PayDesk のデータベースではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 exists; seed writes a new database only.</source>
        <translation>%1 は既にあります。seed は新しいデータベースにだけ書き込みます。</translation>
    </message>
    <message>
        <source>Seeding %1 failed: %2</source>
        <translation>%1 の生成に失敗しました: %2</translation>
    </message>
    <message>
        <source>Seeding %1 left rows without their order or payment.</source>
        <translation>%1 の生成で、注文や決済のない行が残りました。</translation>
    </message>
    <message>
        <source>Order %1 shows a state or amount that differs from its payment.</source>
        <translation>注文 %1 の状態または金額が決済と一致しません。</translation>
    </message>
    <message>
        <source>The order totals for %1, %2, %3 differ from the orders themselves.</source>
        <translation>%1、%2、%3 の注文合計が注文そのものと一致しません。</translation>
    </message>
    <message>
        <source>The search index differs from the orders (%1).</source>
        <translation>検索インデックスが注文と一致しません（%1）。</translation>
    </message>
    <message>
        <source>The copy of %1 was stopped.</source>
        <translation>%1 のコピーを中止しました。</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>エクスポートの書き込みに失敗しました：%1</translation>
    </message>
    <message>
        <source>The stored day report has an unreadable amount.</source>
        <translation>保存された精算レポートに読み取れない金額があります。</translation>
    </message>
    <message>
        <source>The stored day report is damaged.</source>
        <translation>保存されている精算レポートが壊れています。</translation>
    </message>
    <message>
        <source>The stored report of %1 is damaged.</source>
        <translation>保存されている %1 のレポートが壊れています。</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>%1 has not begun yet; only a day that has begun can be closed.</source>
        <translation>%1 はまだ始まっていません。締められるのは、すでに始まった日だけです。</translation>
    </message>
    <message>
        <source>%1 was closed already as %2; its report can be printed again, not changed.</source>
        <translation>%1 は %2 として締め済みです。レポートは再印刷できますが、変更はできません。</translation>
    </message>
    <message>
        <source>shop&apos;s name</source>
        <translation>店舗名</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN は 4〜12 桁の数字です。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN は数字のみです。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The shop has an owner already.</source>
        <translation>この店舗にはすでにオーナーがいます。</translation>
    </message>
    <message>
        <source>%1 is on the staff already.</source>
        <translation>%1 はすでにスタッフに登録されています。</translation>
    </message>
    <message>
        <source>%1 is not on the staff.</source>
        <translation>%1 はスタッフに登録されていません。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 can try again at %2.</source>
        <translation>PIN の誤りが多すぎます: %1 は %2 に再試行できます。</translation>
    </message>
    <message>
        <source>Five wrong PINs: %1 is locked out until %2.</source>
        <translation>PIN を 5 回誤りました: %1 は %2 までロックされます。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1; %n attempt(s) left before a lockout.</source>
        <translation>
            <numerusform>%1 の PIN が違います。あと %n 回でロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The window locks after 1 to 240 idle minutes.</source>
        <translation>ウィンドウをロックするまでの無操作時間は 1〜240 分です。</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be below zero.</source>
        <translation>%1 の金額は 0 未満にできません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not restored: the backup&apos;s last day close is %1, this database&apos;s is %2. The days closed since would be closed again under numbers already printed. Restore it anyway with --force.</source>
        <translation>復元していません: バックアップの最後の日次締めは %1、このデータベースは %2 です。その後に締めた日が、印刷済みの番号で再び締められてしまいます。それでも復元するには --force を付けてください。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::AmountDialog</name>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>売上確定</translation>
    </message>
    <message>
        <source>Refund (%1, at most %2)</source>
        <translation>返金額（%1、上限 %2）</translation>
    </message>
    <message>
        <source>Capture (%1, at most %2)</source>
        <translation>売上確定額（%1、上限 %2）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額は0より大きい値にしてください。</translation>
    </message>
    <message>
        <source>At most %1 can be taken here.</source>
        <translation>入力できる金額は%1までです。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::DayCloseDialog</name>
    <message>
        <source>Close the day…</source>
        <translation>日次締め…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV を保存…</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日次締め</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Settlement report</source>
        <translation>精算レポート</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>グラフの通貨</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Closed as %1 on %2 by %3. Its report can be printed again, never changed.</source>
        <translation>%2 に %3 が %1 として締めました。レポートは再印刷できますが、変更はできません。</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>まだ締めていません。</translation>
    </message>
    <message>
        <source>This day has not begun.</source>
        <translation>この日はまだ始まっていません。</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日次締め</translation>
    </message>
    <message>
        <source>Close %1? Its report gets the next number and is frozen: what is recorded later lands on the next day.</source>
        <translation>%1 を締めますか？レポートには次の番号が付き、以後は変更できません。この後に記録される取引は翌日分になります。</translation>
    </message>
    <message>
        <source>Closed as %1. The report is saved as %2.</source>
        <translation>%1 として締めました。レポートを %2 に保存しました。</translation>
    </message>
    <message>
        <source>Closed as %1, but its PDF could not be saved: %2</source>
        <translation>%1 として締めましたが、PDF を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>CSV で保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Only the owner closes the day.</source>
        <translation>日次締めはオーナーが行います。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 を印刷</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::LoginDialog</name>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk はロックされています</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>レジ担当はどなたですか？</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1（オーナー）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>PayDesk locked itself after a while without use. Sign in to go on.</source>
        <translation>しばらく操作がなかったため、PayDesk をロックしました。続けるにはサインインしてください。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN を確認しています…</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::MainWindow</name>
    <message>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>SANDBOX — payments here are tests; no real money moves.</source>
        <translation>テスト環境 — ここでの決済はテストです。実際のお金は動きません。</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>すべての注文</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Search order, LINE Pay id, customer, item</source>
        <translation>注文・LINE Pay ID・お客様・商品で検索</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新規注文…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>決済リクエスト</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>お支払いページを開く</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>QRコードを表示</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>決済確定</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>売上確定…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>オーソリ取消</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>返金…</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>状態を確認</translation>
    </message>
    <message>
        <source>Refresh from LINE Pay</source>
        <translation>LINE Payから更新</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an order, or create one with &lt;b&gt;New order&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;注文を選択するか、&lt;b&gt;新規注文&lt;/b&gt;で作成してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Another PayDesk (%1, process %2 on %3) is working on this payment; its actions are disabled until it has finished.</source>
        <translation>別のPayDesk（%1、%3 のプロセス %2）がこの決済を処理中です。処理が終わるまで操作できません。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>LINE Pay orderId: %1</source>
        <translation>LINE Pay orderId：%1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>取引ID：%1</translation>
    </message>
    <message>
        <source>Paid: %1, refunded: %2, still refundable: %3</source>
        <translation>支払額：%1、返金額：%2、返金可能額：%3</translation>
    </message>
    <message>
        <source>Authorization expires in %1 h %2 min (%3)</source>
        <translation>オーソリ有効期限まで残り%1時間%2分（%3）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Nothing has been refunded yet.</source>
        <translation>まだ返金はありません。</translation>
    </message>
    <message>
        <source>Refunded before: %1</source>
        <translation>返金履歴：%1</translation>
    </message>
    <message>
        <source>The authorization expires on %1.</source>
        <translation>オーソリの有効期限は%1です。</translation>
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
        <translation>検索</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>お支払いリンクをコピー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>決済(&amp;P)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>No browser could be opened. Let the customer scan the QR code, or open this link: %1</source>
        <translation>ブラウザを開けませんでした。お客様にQRコードを読み取っていただくか、次のリンクを開いてください：%1</translation>
    </message>
    <message>
        <source>The payment link of %1 is copied.</source>
        <translation>%1 のお支払いリンクをコピーしました。</translation>
    </message>
    <message>
        <source>net paid %1</source>
        <translation>純受取額 %1</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>注文 %1 は現在「%2」です。</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>注文作成</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>決済リクエスト</translation>
    </message>
    <message>
        <source>Payment request refused</source>
        <translation>決済リクエスト拒否</translation>
    </message>
    <message>
        <source>Payment request not sent</source>
        <translation>決済リクエスト未送信</translation>
    </message>
    <message>
        <source>Payment request, outcome unknown</source>
        <translation>決済リクエスト（結果不明）</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>決済確定</translation>
    </message>
    <message>
        <source>Confirmation refused</source>
        <translation>決済確定拒否</translation>
    </message>
    <message>
        <source>Confirmation not sent</source>
        <translation>決済確定未送信</translation>
    </message>
    <message>
        <source>Confirmation, outcome unknown</source>
        <translation>決済確定（結果不明）</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>売上確定</translation>
    </message>
    <message>
        <source>Capture refused</source>
        <translation>売上確定拒否</translation>
    </message>
    <message>
        <source>Capture not sent</source>
        <translation>売上確定未送信</translation>
    </message>
    <message>
        <source>Capture, outcome unknown</source>
        <translation>売上確定（結果不明）</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>オーソリ取消</translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation>オーソリ取消拒否</translation>
    </message>
    <message>
        <source>Void not sent</source>
        <translation>オーソリ取消未送信</translation>
    </message>
    <message>
        <source>Void, outcome unknown</source>
        <translation>オーソリ取消（結果不明）</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Refund refused</source>
        <translation>返金拒否</translation>
    </message>
    <message>
        <source>Refund not sent</source>
        <translation>返金未送信</translation>
    </message>
    <message>
        <source>Refund, outcome unknown</source>
        <translation>返金（結果不明）</translation>
    </message>
    <message>
        <source>Status from LINE Pay</source>
        <translation>LINE Payの状態</translation>
    </message>
    <message>
        <source>Details from LINE Pay</source>
        <translation>LINE Payの取引詳細</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>リカバリー</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>注文を検索</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>作成日（開始）</translation>
    </message>
    <message>
        <source>Created up to</source>
        <translation>作成日（終了）</translation>
    </message>
    <message>
        <source>Filter by the day created</source>
        <translation>作成日で絞り込む</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>注文の詳細</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Show the orders created today</source>
        <translation>本日作成の注文を表示</translation>
    </message>
    <message>
        <source>Approved but not confirmed, authorization expiring within 24 hours, or outcome unknown</source>
        <translation>お客様の承認済みで未確定、24 時間以内に期限切れとなるオーソリ、または結果不明</translation>
    </message>
    <message>
        <source>captured %1, refunded %2, net %3</source>
        <translation>売上確定 %1、返金 %2、純額 %3</translation>
    </message>
    <message>
        <source>nothing captured or refunded yet</source>
        <translation>まだ売上確定・返金はありません</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>本日: %1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>要対応: %1</translation>
    </message>
    <message>
        <source>Pay order %1 with LINE Pay</source>
        <translation>注文 %1 を LINE Pay で支払う</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The authorization expired on %1; it can no longer be captured.</source>
        <translation>オーソリは %1 に期限切れとなり、売上確定できなくなりました。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1 Keep this database for inspection and restore the latest backup; paydesk-cli audit verify repeats the check.</source>
        <translation>監査ログが改ざんされています。%1 このデータベースは調査用に保管し、最新のバックアップを復元してください。paydesk-cli audit verify で再確認できます。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Stop taking payments here and restore the latest backup with paydesk-cli restore.</source>
        <translation>データベースが壊れています（%1）。ここでの決済の受け付けを止め、paydesk-cli restore で最新のバックアップを復元してください。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>本日の自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Reconcile with LINE Pay…</source>
        <translation>LINE Pay と突合…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs (*.csv)</source>
        <translation>表計算ソフト用 CSV (*.csv)</translation>
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
        <translation>表示中の注文をエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Exporting the orders…</source>
        <translation>注文をエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Day close…</source>
        <translation>日次締め…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>領収書…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>スタッフ一覧…</translation>
    </message>
    <message>
        <source>At the counter: %1 (owner)</source>
        <translation>レジ担当：%1（オーナー）</translation>
    </message>
    <message>
        <source>At the counter: %1 (clerk)</source>
        <translation>レジ担当：%1（スタッフ）</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN</source>
        <translation>オーナーの PIN</translation>
    </message>
    <message>
        <source>Voiding this authorization needs the owner. Owner, type your PIN:</source>
        <translation>このオーソリ取消にはオーナーの承認が必要です。オーナーの方は PIN を入力してください：</translation>
    </message>
    <message>
        <source>This refund needs the owner. Owner, type your PIN:</source>
        <translation>この返金にはオーナーの承認が必要です。オーナーの方は PIN を入力してください：</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s PIN…</source>
        <translation>オーナーの PIN を確認しています…</translation>
    </message>
    <message>
        <source>The owner approved.</source>
        <translation>オーナーが承認しました。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln件の注文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln件の注文を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::NewOrderDialog</name>
    <message>
        <source>Authorize only (capture later)</source>
        <translation>オーソリのみ（売上確定は後で）</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新規注文</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>商品を追加</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>商品を削除</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>決済リクエスト</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Row %1: the quantity must be a whole number of at least 1.</source>
        <translation>%1行目：数量は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>合計：—</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::Notifier</name>
    <message>
        <source>Customer approved</source>
        <translation>お客様が承認しました</translation>
    </message>
    <message>
        <source>%1: the customer approved %2 in LINE Pay.</source>
        <translation>%1: お客様が LINE Pay で %2 を承認しました。</translation>
    </message>
    <message>
        <source>Payment in doubt</source>
        <translation>決済結果が不明</translation>
    </message>
    <message>
        <source>%1: PayDesk could not learn whether LINE Pay completed the last call. It asks again on its own; open the order to see it.</source>
        <translation>%1: LINE Pay が前回の呼び出しを完了したか PayDesk には分かりません。自動で再確認します。注文を開いて確認してください。</translation>
    </message>
    <message>
        <source>Authorization expires soon</source>
        <translation>オーソリの期限が近づいています</translation>
    </message>
    <message>
        <source>%1: the authorization expires %2. Capture it before then, or void it.</source>
        <translation>%1: オーソリは %2 に期限切れになります。それまでに売上確定するか、オーソリ取消してください。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::OrdersModel</name>
    <message>
        <source>In progress elsewhere</source>
        <translation>別のPayDeskで処理中</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金額</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::ReceiptDialog</name>
    <message>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Receipt of %1</source>
        <translation>注文 %1 の領収書</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Refund slip: %1 on %2</source>
        <translation>返金伝票：%1（%2）</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm ロール紙</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm ロール紙</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>用紙(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::ReconcileDialog</name>
    <message>
        <source>Compare</source>
        <translation>突合する</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV で保存…</translation>
    </message>
    <message>
        <source>Reconcile with LINE Pay</source>
        <translation>LINE Pay と突合</translation>
    </message>
    <message>
        <source>Payments changed since</source>
        <translation>変更日（以降）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>PayDesk asks LINE Pay for the details of every confirmed payment changed since the day below, follows what LINE Pay changed (an authorization that expired, a refund made in the merchant center) and lists every difference.</source>
        <translation>PayDesk は下の日付以降に変更された確定済みの決済すべてについて LINE Pay に詳細を問い合わせ、LINE Pay 側の変更（期限切れのオーソリ、加盟店管理画面での返金など）に合わせ、すべての差異を一覧にします。</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>こちら</translation>
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
        <translation>備考</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation>LINE Pay に問い合わせ中…</translation>
    </message>
    <message>
        <source>Updated as LINE Pay has it</source>
        <translation>LINE Pay に合わせて更新</translation>
    </message>
    <message>
        <source>Left for you to check</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to check.</source>
        <translation>%1 件の決済を LINE Pay と %2 回の照会で突合しました：差異 %3 件、確認待ち %4 件。</translation>
    </message>
    <message>
        <source>%1 payment(s) another PayDesk was working on were left to it.</source>
        <translation>別の PayDesk が処理中の %1 件はそちらに任せました。</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>突合を中止しました：%1</translation>
    </message>
    <message>
        <source>Save the differences</source>
        <translation>差異を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SalesChart</name>
    <message>
        <source>%1: net %2, refunded %3</source>
        <translation>%1: 純額 %2、返金 %3</translation>
    </message>
    <message>
        <source>Net sales and refunds of the last 30 days</source>
        <translation>過去 30 日間の純売上と返金</translation>
    </message>
    <message>
        <source>Net sales (green) and refunds (red), %1</source>
        <translation>純売上（緑）と返金（赤）、%1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SettingsDialog</name>
    <message>
        <source>Confirm automatically when the customer has approved</source>
        <translation>お客様の承認後に自動で決済確定する</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Embedded sandbox (no real money)</source>
        <translation>内蔵サンドボックス（実際のお金は動きません）</translation>
    </message>
    <message>
        <source>LINE Pay sandbox</source>
        <translation>LINE Payサンドボックス</translation>
    </message>
    <message>
        <source>LINE Pay production</source>
        <translation>LINE Pay本番環境</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>チャネルID</translation>
    </message>
    <message>
        <source>Channel secret</source>
        <translation>チャネルシークレット</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A new environment or language takes effect at the next start.</source>
        <translation>環境や言語の変更は、次回の起動時に反映されます。</translation>
    </message>
    <message>
        <source>No system keychain answered: the channel secret is kept in a file only you can read.</source>
        <translation>システムのキーチェーンが応答しなかったため、チャネルシークレットは現在のユーザーだけが読み取れるファイルに保存されます。</translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation>LINE Payに問い合わせ中…</translation>
    </message>
    <message>
        <source>The channel secret could not be saved.</source>
        <translation>チャネルシークレットを保存できませんでした。</translation>
    </message>
    <message>
        <source>Thai dates with the Buddhist Era year (2569)</source>
        <translation>タイ語の日付を仏暦で表示（2569）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Shop (printed on receipts and reports)</source>
        <translation>店舗（領収書とレポートに印刷）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>店舗名</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Rules for clerks</source>
        <translation>スタッフのルール</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>無操作でロック</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN for refunds and voids above, %1</source>
        <translation>この金額を超える返金・オーソリ取消はオーナーの PIN が必要（%1）</translation>
    </message>
    <message>
        <source>The owner&apos;s amount for %1: %2</source>
        <translation>オーナーの PIN が必要な金額（%1）：%2</translation>
    </message>
    <message>
        <source>it cannot be below zero.</source>
        <translation>0 未満にはできません。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::StaffDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN（確認）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Change the PIN of the one selected</source>
        <translation>選択した人の PIN を変更</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ一覧</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>A person, or a new PIN</source>
        <translation>スタッフの追加・PIN の変更</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>PIN（4〜12 桁）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN（確認）(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Clerks take payments and refunds up to the owner&apos;s amount (Settings); above it, and to close the day, they need the owner.</source>
        <translation>スタッフは、オーナーが決めた金額（設定）までの決済と返金を行えます。それを超える場合と日次締めには、オーナーの立ち会いが必要です。</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1（オーナー）</translation>
    </message>
    <message>
        <source>%1 (clerk)</source>
        <translation>%1（スタッフ）</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>2 つの PIN が一致しません。</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Select the person whose PIN changes.</source>
        <translation>PIN を変更する人を選択してください。</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>%1 の PIN を変更しました。</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::WaitingPanel</name>
    <message>
        <source>Scan with LINE to pay</source>
        <translation>LINE でスキャンしてお支払い</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>決済ページの QR コード</translation>
    </message>
    <message>
        <source>Amount to pay: %1</source>
        <translation>お支払い金額: %1</translation>
    </message>
    <message>
        <source>%1 left to pay</source>
        <translation>お支払い残り時間 %1</translation>
    </message>
    <message>
        <source>The 20 minutes to pay are over. Request the payment again if the customer still wants to pay.</source>
        <translation>20 分のお支払い期限が過ぎました。お客様がまだお支払いを希望される場合は、決済を再度リクエストしてください。</translation>
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
