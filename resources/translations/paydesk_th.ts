<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>PayDesk::Cli</name>
    <message>
        <source>Unknown option %1; options start with two dashes (see paydesk-cli --help).</source>
        <translation>ไม่รู้จักตัวเลือก %1 ตัวเลือกต้องขึ้นต้นด้วยขีดสองตัว (ดู paydesk-cli --help)</translation>
    </message>
    <message>
        <source>The option --%1 belongs after the command; see paydesk-cli --help.</source>
        <translation>ตัวเลือก --%1 ต้องอยู่หลังคำสั่ง ดู paydesk-cli --help</translation>
    </message>
    <message>
        <source>Unknown option --%1 for %2; see paydesk-cli --help.</source>
        <translation>ไม่รู้จักตัวเลือก --%1 สำหรับ %2 ดู paydesk-cli --help</translation>
    </message>
    <message>
        <source>Unknown option --%1; see paydesk-cli --help.</source>
        <translation>ไม่รู้จักตัวเลือก --%1 ดู paydesk-cli --help</translation>
    </message>
    <message>
        <source>The option --%1 was given more than once; give it once.</source>
        <translation>ระบุตัวเลือก --%1 มากกว่าหนึ่งครั้ง กรุณาระบุเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>ตัวเลือก --%1 ไม่ต้องระบุค่า</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>ตัวเลือก --%1 ต้องระบุค่า</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see paydesk-cli --help.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot; ดู paydesk-cli --help</translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes no order or other argument; &quot;%2&quot; is one too many.</source>
        <translation>paydesk-cli %1 ไม่ต้องระบุคำสั่งซื้อหรืออาร์กิวเมนต์อื่น &quot;%2&quot; เกินมา</translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes one order; &quot;%2&quot; is one too many.</source>
        <translation>paydesk-cli %1 ระบุคำสั่งซื้อได้เพียงรายการเดียว &quot;%2&quot; เกินมา</translation>
    </message>
    <message>
        <source>Give the LINE Pay address with --api-base (or PAYDESK_API_BASE).</source>
        <translation>กรุณาระบุที่อยู่ของ LINE Pay ด้วย --api-base (หรือ PAYDESK_API_BASE)</translation>
    </message>
    <message>
        <source>Give the channel with --channel-id and --channel-secret-file (or PAYDESK_CHANNEL_ID and PAYDESK_CHANNEL_SECRET).</source>
        <translation>กรุณาระบุ Channel ด้วย --channel-id และ --channel-secret-file (หรือ PAYDESK_CHANNEL_ID และ PAYDESK_CHANNEL_SECRET)</translation>
    </message>
    <message>
        <source>  refunded %1</source>
        <translation>  คืนเงินแล้ว %1</translation>
    </message>
    <message>
        <source>  authorized until %1</source>
        <translation>  อนุมัติวงเงินถึง %1</translation>
    </message>
    <message>
        <source>Payment page: %1</source>
        <translation>หน้าชำระเงิน: %1</translation>
    </message>
    <message>
        <source>Give the currency with --currency (TWD, THB or USD).</source>
        <translation>กรุณาระบุสกุลเงินด้วย --currency (TWD, THB หรือ USD)</translation>
    </message>
    <message>
        <source>An item is NAME:QTY:PRICE, e.g. Coffee:2:120; &quot;%1&quot; is not.</source>
        <translation>สินค้าต้องอยู่ในรูปแบบ NAME:QTY:PRICE เช่น Coffee:2:120 แต่ &quot;%1&quot; ไม่ตรงรูปแบบนี้</translation>
    </message>
    <message>
        <source>The quantity in &quot;%1&quot; must be a whole number of at least 1.</source>
        <translation>จำนวนใน &quot;%1&quot; ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>The price in &quot;%1&quot;: %2</source>
        <translation>ราคาใน &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Give the items with --item NAME:QTY:PRICE, or the total with --amount.</source>
        <translation>กรุณาระบุสินค้าด้วย --item NAME:QTY:PRICE หรือระบุยอดรวมด้วย --amount</translation>
    </message>
    <message>
        <source>--amount %1 differs from the items&apos; total %2.</source>
        <translation>--amount %1 ไม่ตรงกับยอดรวมของสินค้า %2</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>ไม่รู้จักสถานะ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>ไม่มีคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Choose --format csv or --format json.</source>
        <translation>กรุณาเลือก --format csv หรือ --format json</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for a CSV export.</source>
        <translation>เมื่อใช้ --json กรุณาระบุ --out FILE สำหรับส่งออกเป็น CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกคำสั่งซื้อ %n รายการไปยัง %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>paydesk-cli: %1</source>
        <translation>paydesk-cli: %1</translation>
    </message>
    <message>
        <source>Name a command; see paydesk-cli --help.</source>
        <translation>กรุณาระบุคำสั่ง ดู paydesk-cli --help</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a new attempt of an existing order; give only --authorize-only.</source>
        <translation>ใช้ตัวเลือก --%1 กับการชำระเงินรอบใหม่ของคำสั่งซื้อที่มีอยู่แล้วไม่ได้ ระบุได้เฉพาะ --authorize-only</translation>
    </message>
    <message>
        <source>--interval takes a whole number of seconds from 1 to 3600.</source>
        <translation>--interval ต้องเป็นจำนวนวินาทีแบบจำนวนเต็มตั้งแต่ 1 ถึง 3600</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>Other users of this computer can read the channel secret file %1. Make it yours alone (chmod 600 &quot;%1&quot;) and try again.</source>
        <translation>ผู้ใช้อื่นบนคอมพิวเตอร์เครื่องนี้อ่านไฟล์ Channel Secret %1 ได้ กรุณาตั้งให้อ่านได้เฉพาะคุณ (chmod 600 &quot;%1&quot;) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The channel secret file %1 is empty; its first line must be the channel secret from LINE Pay Merchant Center.</source>
        <translation>ไฟล์ Channel Secret %1 ว่างเปล่า บรรทัดแรกต้องเป็น Channel Secret จาก LINE Pay Merchant Center</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n รายการ ห่วงโซ่สมบูรณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do with the audit trail: paydesk-cli audit verify.</source>
        <translation>โปรดระบุสิ่งที่จะทำกับบันทึกการตรวจสอบ: paydesk-cli audit verify</translation>
    </message>
    <message>
        <source>%1: intact (integrity check and audit trail).</source>
        <translation>%1: สมบูรณ์ (ตรวจความสมบูรณ์และบันทึกการตรวจสอบแล้ว)</translation>
    </message>
    <message>
        <source>Say where to write the backup: --out FILE.</source>
        <translation>โปรดระบุที่บันทึกข้อมูลสำรอง: --out FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>บันทึกข้อมูลสำรองไปที่ %1 และตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>Name the backup to restore: paydesk-cli restore FILE.</source>
        <translation>โปรดระบุข้อมูลสำรองที่จะกู้คืน: paydesk-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored %1; what the database held before is kept in %2.</source>
        <translation>กู้คืน %1 แล้ว ข้อมูลเดิมของฐานข้อมูลเก็บไว้ที่ %2</translation>
    </message>
    <message>
        <source>The --db option is empty; give the database file, or leave the option out for the usual one.</source>
        <translation>ตัวเลือก --db ว่างเปล่า กรุณาระบุไฟล์ฐานข้อมูล หรือไม่ต้องใส่ตัวเลือกนี้เพื่อใช้ไฟล์ปกติ</translation>
    </message>
    <message>
        <source>The channel secret file %1 is a folder; give the file that holds the secret.</source>
        <translation>ไฟล์ Channel Secret %1 เป็นโฟลเดอร์ กรุณาระบุไฟล์ที่เก็บ Secret</translation>
    </message>
    <message>
        <source>Cannot read the channel secret file %1 (%2).</source>
        <translation>ไม่สามารถอ่านไฟล์ Channel Secret %1 (%2)</translation>
    </message>
    <message>
        <source>Name the order: paydesk-cli %1 ORDER.</source>
        <translation>โปรดระบุคำสั่งซื้อ: paydesk-cli %1 ORDER</translation>
    </message>
    <message>
        <source>The amount must be more than zero, not %1.</source>
        <translation>จำนวนเงินต้องมากกว่าศูนย์ ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>The --%1 option is blank; give a %1 or leave the option out.</source>
        <translation>ตัวเลือก --%1 ว่างเปล่า กรุณาใส่ %1 หรือไม่ต้องใส่ตัวเลือกนี้</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; has no name; write NAME:QTY:PRICE.</source>
        <translation>สินค้า &quot;%1&quot; ไม่มีชื่อ กรุณาเขียนเป็น NAME:QTY:PRICE</translation>
    </message>
    <message>
        <source>At most %1 can be captured for order %2, not %3.</source>
        <translation>คำสั่งซื้อ %2 เรียกเก็บเงินได้สูงสุด %1 ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>--orders takes a number of orders from 1 to 100,000,000.</source>
        <translation>--orders ต้องเป็นจำนวนคำสั่งซื้อตั้งแต่ 1 ถึง 100,000,000</translation>
    </message>
    <message>
        <source>Say where to write the new database: --out FILE.</source>
        <translation>โปรดระบุที่บันทึกฐานข้อมูลใหม่: --out FILE</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1: %2 orders, %3 items, %4 payments, %5 refunds, %6 audit entries in %7 s.</source>
        <translation>%1: คำสั่งซื้อ %2 รายการ สินค้า %3 รายการ การชำระเงิน %4 รายการ การคืนเงิน %5 รายการ บันทึกการตรวจสอบ %6 รายการ ใช้เวลา %7 วินาที</translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2026-11-29.</source>
        <translation>--%1 ต้องเป็นวันที่ เช่น 2026-11-29</translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0.</source>
        <translation>--limit ต้องเป็นจำนวนเต็มที่มากกว่า 0</translation>
    </message>
    <message>
        <source>%1 (transaction %2): was %3; now %4 as LINE Pay has it.</source>
        <translation>%1 (ธุรกรรม %2): เดิม %3 ตอนนี้เป็น %4 ตามข้อมูลของ LINE Pay</translation>
    </message>
    <message>
        <source>%1 (transaction %2): here %3; LINE Pay %4. Left unchanged: %5</source>
        <translation>%1 (ธุรกรรม %2): ในเครื่องนี้ %3 ส่วน LINE Pay %4 ไม่ได้เปลี่ยนแปลง: %5</translation>
    </message>
    <message>
        <source>Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to check; %5 left to another PayDesk that is working on them.</source>
        <translation>กระทบยอดการชำระเงิน %1 รายการกับ LINE Pay ใน %2 ครั้ง: พบความต่าง %3 รายการ รอคุณตรวจสอบ %4 รายการ และปล่อยให้ PayDesk อีกเครื่องที่กำลังดำเนินการอยู่ %5 รายการ</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>การกระทบยอดหยุดลง: %1</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date ต้องเป็นวันที่แบบ YYYY-MM-DD ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, %2: closed %3 by %4</source>
        <translation>%1, %2: ปิดยอดเมื่อ %3 โดย %4</translation>
    </message>
    <message>
        <source>%1: not closed</source>
        <translation>%1: ยังไม่ปิดยอด</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>ตั้งแต่ %1 ถึง %2 (%3)</translation>
    </message>
    <message>
        <source>No money moved on this day.</source>
        <translation>ไม่มีเงินเข้าออกในวันนั้น</translation>
    </message>
    <message>
        <source>%1: captured %2 (%3), refunded %4 (%5), voided %6 (%7), net %8</source>
        <translation>%1: เรียกเก็บเงิน %2 (%3 รายการ) คืนเงิน %4 (%5 รายการ) ยกเลิกการอนุมัติวงเงิน %6 (%7 รายการ) ยอดสุทธิ %8</translation>
    </message>
    <message>
        <source>--format takes text, json, csv or pdf, not &quot;%1&quot;.</source>
        <translation>--format ต้องเป็น text, json, csv หรือ pdf ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Say where to write the PDF: --out FILE.</source>
        <translation>โปรดระบุที่บันทึก PDF: --out FILE</translation>
    </message>
    <message>
        <source>--paper takes a4, 80mm or 58mm.</source>
        <translation>--paper ต้องเป็น a4, 80mm หรือ 58mm</translation>
    </message>
    <message>
        <source>Report of %1 written to %2.</source>
        <translation>บันทึกรายงานของวันที่ %1 ไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>บันทึกรายงานไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>The day is closed, but its PDF was not written: %1 Print it again with paydesk-cli report --date %2 --format pdf --out FILE.</source>
        <translation>ปิดยอดประจำวันแล้ว แต่ไม่ได้บันทึก PDF: %1 พิมพ์ใหม่ได้ด้วย paydesk-cli report --date %2 --format pdf --out FILE</translation>
    </message>
    <message>
        <source>--refund takes the number of one of the order&apos;s refunds.</source>
        <translation>--refund ต้องเป็นหมายเลขของการคืนเงินรายการใดรายการหนึ่งของคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2.</source>
        <translation>บันทึกใบเสร็จรับเงินของคำสั่งซื้อ %1 ไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Shop: %1
Tax id: %2
Address: %3
Phone: %4</source>
        <translation>ร้าน: %1
เลขประจำตัวผู้เสียภาษี: %2
ที่อยู่: %3
โทรศัพท์: %4</translation>
    </message>
    <message>
        <source>Only the owner can close the day: add --as owner.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่ปิดยอดประจำวันได้ กรุณาเพิ่ม --as owner</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details: add --as owner.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนข้อมูลร้านได้ กรุณาเพิ่ม --as owner</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Give the PIN in a file (--pin-file FILE), or run on a terminal to type it.</source>
        <translation>กรุณาระบุ PIN ในไฟล์ (--pin-file FILE) หรือเรียกใช้ในเทอร์มินัลเพื่อพิมพ์ PIN</translation>
    </message>
    <message>
        <source>No PIN was typed.</source>
        <translation>ไม่ได้พิมพ์ PIN</translation>
    </message>
    <message>
        <source>--pin-file goes with --as owner.</source>
        <translation>--pin-file ต้องใช้คู่กับ --as owner</translation>
    </message>
    <message>
        <source>--as takes owner.</source>
        <translation>--as ต้องเป็น owner</translation>
    </message>
    <message>
        <source>The shop has no owner on its staff list yet: add one with paydesk-cli staff add NAME --role owner.</source>
        <translation>รายชื่อพนักงานของร้านยังไม่มีเจ้าของร้าน กรุณาเพิ่มด้วย paydesk-cli staff add NAME --role owner</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN ของ %1: </translation>
    </message>
    <message>
        <source>Say what to do with the staff: paydesk-cli staff list, or staff add NAME --role owner|clerk.</source>
        <translation>โปรดระบุสิ่งที่จะทำกับรายชื่อพนักงาน: paydesk-cli staff list หรือ staff add NAME --role owner|clerk</translation>
    </message>
    <message>
        <source>Give the name and the role: paydesk-cli staff add NAME --role owner|clerk.</source>
        <translation>โปรดระบุชื่อและบทบาท: paydesk-cli staff add NAME --role owner|clerk</translation>
    </message>
    <message>
        <source>New PIN of %1: </source>
        <translation>PIN ใหม่ของ %1: </translation>
    </message>
    <message>
        <source>staff list takes no name.</source>
        <translation>staff list ไม่ต้องระบุชื่อ</translation>
    </message>
    <message>
        <source>No staff yet.</source>
        <translation>ยังไม่มีพนักงาน</translation>
    </message>
    <message>
        <source>Voiding order %1 is above what a clerk may do alone: add --as owner (the owner&apos;s PIN). Nothing was sent.</source>
        <translation>การยกเลิกการอนุมัติวงเงินของคำสั่งซื้อ %1 เกินกว่าที่พนักงานทำเองได้ กรุณาเพิ่ม --as owner (ใช้ PIN ของเจ้าของร้าน) ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>This refund of order %1 is above what a clerk may do alone: add --as owner (the owner&apos;s PIN). Nothing was sent.</source>
        <translation>การคืนเงินนี้ของคำสั่งซื้อ %1 เกินกว่าที่พนักงานทำเองได้ กรุณาเพิ่ม --as owner (ใช้ PIN ของเจ้าของร้าน) ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>PayDesk::ConnectionTest</name>
    <message>
        <source>The connection works: LINE Pay accepted the channel ID and secret.</source>
        <translation>เชื่อมต่อได้: LINE Pay ยอมรับ Channel ID และ Channel Secret แล้ว</translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay</name>
    <message>
        <source>LINE Pay sent an answer PayDesk cannot read (%1).</source>
        <translation>LINE Pay ส่งคำตอบที่ PayDesk อ่านไม่ได้ (%1)</translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay::Client</name>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https:// for %1.</source>
        <translation>ใช้ http:// ได้เฉพาะกับเครื่องนี้ (loopback) เท่านั้น กรุณาใช้ https:// สำหรับ %1</translation>
    </message>
    <message>
        <source>No network is available.</source>
        <translation>ไม่มีการเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <source>PayDesk could not reach LINE Pay (%1). Nothing was sent; check the network and try again.</source>
        <translation>PayDesk ติดต่อ LINE Pay ไม่ได้ (%1) ยังไม่มีการส่งข้อมูลใด ๆ กรุณาตรวจสอบเครือข่ายแล้วลองอีกครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>The connection to LINE Pay broke %n time(s) while reading (%1). Nothing was changed; check the network and try again.</source>
        <translation>
            <numerusform>การเชื่อมต่อกับ LINE Pay ขาดระหว่างอ่านข้อมูล %n ครั้ง (%1) ไม่มีการเปลี่ยนแปลงใด ๆ กรุณาตรวจสอบเครือข่ายแล้วลองอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE Pay did not answer in time; the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation>LINE Pay ไม่ตอบกลับภายในเวลาที่กำหนด จะยังไม่ทราบผลจนกว่า PayDesk จะสอบถาม LINE Pay</translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke before the answer arrived (%1); the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation>การเชื่อมต่อกับ LINE Pay ขาดก่อนได้รับคำตอบ (%1) จะยังไม่ทราบผลจนกว่า PayDesk จะสอบถาม LINE Pay</translation>
    </message>
    <message>
        <source>The LINE Pay address &quot;%1&quot; is not a valid URL; write it like https://api-pay.line.me.</source>
        <translation>ที่อยู่ LINE Pay &quot;%1&quot; ไม่ใช่ URL ที่ถูกต้อง กรุณาเขียนแบบ https://api-pay.line.me</translation>
    </message>
    <message>
        <source>The LINE Pay address %1 must start with https:// (or http:// for a sandbox on this computer).</source>
        <translation>ที่อยู่ LINE Pay %1 ต้องขึ้นต้นด้วย https:// (หรือ http:// สำหรับโหมดทดสอบบนคอมพิวเตอร์เครื่องนี้)</translation>
    </message>
    <message>
        <source>LINE Pay answered with HTTP status %1 instead of a result.</source>
        <translation>LINE Pay ตอบกลับด้วยสถานะ HTTP %1 แทนที่จะเป็นผลลัพธ์</translation>
    </message>
    <message>
        <source>LINE Pay closed the connection without an answer</source>
        <translation>LINE Pay ปิดการเชื่อมต่อโดยไม่ตอบกลับ</translation>
    </message>
    <message>
        <source>LINE Pay refused the connection</source>
        <translation>LINE Pay ปฏิเสธการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>ไม่พบโฮสต์ %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ไม่มีการตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>ไม่สามารถสร้างการเชื่อมต่อที่ปลอดภัยได้</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>ข้อผิดพลาดเครือข่าย %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Money</name>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD.</source>
        <translation>ไม่รองรับสกุลเงิน &quot;%1&quot; กรุณาใช้ TWD, THB หรือ USD</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>กรุณาใส่จำนวนเงิน</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 120 or 12.50.</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเงิน กรุณาใส่ในรูปแบบ 120 หรือ 12.50</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>จำนวนเงิน %1 มากเกินไป</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation>บวก %1 เข้ากับ %2 ไม่ได้</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>จำนวนเงินมากเกินไป</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2.</source>
        <translation>ลบ %1 ออกจาก %2 ไม่ได้</translation>
    </message>
    <message>
        <source>LINE Pay Japan closed in April 2025: JPY payments can no longer be requested. Use TWD, THB or USD.</source>
        <translation>LINE Pay ญี่ปุ่นปิดให้บริการเมื่อเมษายน 2025 จึงไม่สามารถส่งคำขอชำระเงินเป็นเงินเยนได้อีก กรุณาใช้ TWD, THB หรือ USD</translation>
    </message>
    <message>
        <source>Choose a currency: TWD, THB or USD.</source>
        <translation>กรุณาเลือกสกุลเงิน: TWD, THB หรือ USD</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD (in capitals).</source>
        <translation>ไม่รองรับสกุลเงิน &quot;%1&quot; กรุณาใช้ TWD, THB หรือ USD (ตัวพิมพ์ใหญ่)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has decimals, but %2 amounts have none.</source>
        <translation>&quot;%1&quot; มีทศนิยม แต่จำนวนเงิน %2 ไม่มีทศนิยม</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: %2 amounts have at most %3.</source>
        <translation>&quot;%1&quot; มีทศนิยมมากเกินไป: จำนวนเงิน %2 มีทศนิยมได้ไม่เกิน %3 ตำแหน่ง</translation>
    </message>
</context>
<context>
    <name>PayDesk::MoneyCall</name>
    <message>
        <source>waiting for the customer</source>
        <translation>รอลูกค้าชำระเงิน</translation>
    </message>
    <message>
        <source>authorized until %1</source>
        <translation>อนุมัติวงเงินถึง %1</translation>
    </message>
    <message>
        <source>%1 captured</source>
        <translation>เรียกเก็บเงินแล้ว %1</translation>
    </message>
    <message>
        <source>(LINE Pay reports %1 paid, %2 expected)</source>
        <translation>(LINE Pay แจ้งยอดชำระ %1 แต่ยอดที่ต้องชำระคือ %2)</translation>
    </message>
    <message>
        <source>authorization voided</source>
        <translation>ยกเลิกการอนุมัติวงเงินแล้ว</translation>
    </message>
    <message>
        <source>refund accepted</source>
        <translation>รับคำขอคืนเงินแล้ว</translation>
    </message>
</context>
<context>
    <name>PayDesk::Order</name>
    <message>
        <source>Add at least one item.</source>
        <translation>กรุณาเพิ่มสินค้าอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Every item needs a name.</source>
        <translation>สินค้าทุกรายการต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and 1,000,000.</source>
        <translation>จำนวนของ &quot;%1&quot; ต้องอยู่ระหว่าง 1 ถึง 1,000,000</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; is not in %2.</source>
        <translation>ราคาของ &quot;%1&quot; ไม่ได้เป็นสกุลเงิน %2</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>ยอดรวมต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation>%1ยาวเกินไป: %2 ตัวอักษร สูงสุด %3 ตัวอักษร</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2); type it again without it.</source>
        <translation>%1มีอักขระควบคุม (U+%2) กรุณาพิมพ์ใหม่โดยไม่มีอักขระนี้</translation>
    </message>
    <message>
        <source>The customer name is blank; give a name or none.</source>
        <translation>ชื่อลูกค้าว่างเปล่า กรุณาใส่ชื่อหรือเว้นไว้</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <source>note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>The phone number is too long: at most 30 characters.</source>
        <translation>หมายเลขโทรศัพท์ยาวเกินไป: สูงสุด 30 ตัวอักษร</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only have digits, spaces and + - ( ).</source>
        <translation>หมายเลขโทรศัพท์ &quot;%1&quot; มีได้เฉพาะตัวเลข ช่องว่าง และ + - ( )</translation>
    </message>
    <message>
        <source>item name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero, not %2.</source>
        <translation>ราคาของ &quot;%1&quot; ต้องมากกว่าศูนย์ ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>The total is more than LINE Pay takes in one payment (at most %1).</source>
        <translation>ยอดรวมเกินกว่าที่ LINE Pay รับได้ในการชำระเงินครั้งเดียว (สูงสุด %1)</translation>
    </message>
    <message>
        <source>The total %1 is more than LINE Pay takes in one payment (at most %2).</source>
        <translation>ยอดรวม %1 เกินกว่าที่ LINE Pay รับได้ในการชำระเงินครั้งเดียว (สูงสุด %2)</translation>
    </message>
</context>
<context>
    <name>PayDesk::PaymentService</name>
    <message>
        <source>Order %1 cannot get a new payment request: its payment is %2.</source>
        <translation>ส่งคำขอชำระเงินใหม่สำหรับคำสั่งซื้อ %1 ไม่ได้ เนื่องจากการชำระเงินอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be confirmed: its payment is %2.</source>
        <translation>ยืนยันการชำระเงินของคำสั่งซื้อ %1 ไม่ได้ เนื่องจากการชำระเงินอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be captured: its payment is %2.</source>
        <translation>เรียกเก็บเงินของคำสั่งซื้อ %1 ไม่ได้ เนื่องจากการชำระเงินอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be voided: its payment is %2.</source>
        <translation>ยกเลิกการอนุมัติวงเงินของคำสั่งซื้อ %1 ไม่ได้ เนื่องจากการชำระเงินอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be refunded: its payment is %2.</source>
        <translation>คืนเงินของคำสั่งซื้อ %1 ไม่ได้ เนื่องจากการชำระเงินอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Order %1 cannot do that now: its payment is %2.</source>
        <translation>คำสั่งซื้อ %1 ทำรายการนี้ในตอนนี้ไม่ได้ เนื่องจากการชำระเงินอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>The payment request sent at %1 went through; nothing more was sent.</source>
        <translation>คำขอชำระเงินที่ส่งเมื่อ %1 สำเร็จแล้ว ไม่ได้ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>The confirmation sent at %1 went through; nothing more was sent.</source>
        <translation>การยืนยันการชำระเงินที่ส่งเมื่อ %1 สำเร็จแล้ว ไม่ได้ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>The capture of %1 sent at %2 went through; nothing more was sent.</source>
        <translation>การเรียกเก็บเงิน %1 ที่ส่งเมื่อ %2 สำเร็จแล้ว ไม่ได้ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>The void sent at %1 went through; nothing more was sent.</source>
        <translation>การยกเลิกการอนุมัติวงเงินที่ส่งเมื่อ %1 สำเร็จแล้ว ไม่ได้ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>The refund of %1 sent at %2 went through; nothing more was sent.</source>
        <translation>การคืนเงิน %1 ที่ส่งเมื่อ %2 สำเร็จแล้ว ไม่ได้ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>The full refund sent at %1 went through; nothing more was sent.</source>
        <translation>การคืนเงินเต็มจำนวนที่ส่งเมื่อ %1 สำเร็จแล้ว ไม่ได้ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>The outcome of the payment request %1 is still unknown: %2</source>
        <translation>ยังไม่ทราบผลของคำขอชำระเงิน %1: %2</translation>
    </message>
    <message>
        <source>The outcome of the confirmation of payment %1 is still unknown: %2</source>
        <translation>ยังไม่ทราบผลการยืนยันการชำระเงิน %1: %2</translation>
    </message>
    <message>
        <source>The outcome of the capture of payment %1 is still unknown: %2</source>
        <translation>ยังไม่ทราบผลการเรียกเก็บเงินของการชำระเงิน %1: %2</translation>
    </message>
    <message>
        <source>The outcome of the void of payment %1 is still unknown: %2</source>
        <translation>ยังไม่ทราบผลการยกเลิกการอนุมัติวงเงินของการชำระเงิน %1: %2</translation>
    </message>
    <message>
        <source>The outcome of the refund of payment %1 is still unknown: %2</source>
        <translation>ยังไม่ทราบผลการคืนเงินของการชำระเงิน %1: %2</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>คืนเงินแล้ว %1</translation>
    </message>
    <message>
        <source>%1 refunded (%2)</source>
        <translation>คืนเงินแล้ว %1 (%2)</translation>
    </message>
    <message>
        <source>This order is already being processed; wait for the current step to finish.</source>
        <translation>คำสั่งซื้อนี้กำลังดำเนินการอยู่ กรุณารอให้ขั้นตอนปัจจุบันเสร็จก่อน</translation>
    </message>
    <message>
        <source>Order %1 is being processed by another PayDesk (%2, process %3 on %4) since %5; nothing was sent. Wait for it to finish, then try again.</source>
        <translation>PayDesk อีกตัว (%2, โปรเซส %3 บน %4) กำลังดำเนินการคำสั่งซื้อ %1 อยู่ตั้งแต่ %5 ยังไม่มีการส่งข้อมูลใด ๆ กรุณารอให้เสร็จแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Payment %1 stays in doubt after recovery; check it in the LINE Pay merchant center.</source>
        <translation>การชำระเงิน %1 ยังไม่ทราบผลหลังการกู้คืน กรุณาตรวจสอบในระบบหลังร้านของ LINE Pay (Merchant Center)</translation>
    </message>
    <message>
        <source>Payment %1 is in doubt without a journal entry; check it in the LINE Pay merchant center.</source>
        <translation>การชำระเงิน %1 ยังไม่ทราบผลและไม่มีบันทึกรายการ (journal) กรุณาตรวจสอบในระบบหลังร้านของ LINE Pay (Merchant Center)</translation>
    </message>
    <message>
        <source>Payment %1 is in doubt; run recovery before trying again.</source>
        <translation>การชำระเงิน %1 ยังไม่ทราบผล กรุณาเรียกใช้การกู้คืนก่อนลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Order %1 has nothing left to refund.</source>
        <translation>คำสั่งซื้อ %1 ไม่มียอดเหลือให้คืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Enter a capture amount in %1 above zero.</source>
        <translation>กรุณาใส่จำนวนเงินที่จะเรียกเก็บเป็นสกุล %1 ให้มากกว่าศูนย์</translation>
    </message>
    <message>
        <source>Enter a refund amount in %1 above zero.</source>
        <translation>กรุณาใส่จำนวนเงินที่จะคืนเป็นสกุล %1 ให้มากกว่าศูนย์</translation>
    </message>
    <message>
        <source>%1 sent to LINE Pay</source>
        <translation>ส่งคำขอจำนวน %1 ไปยัง LINE Pay แล้ว</translation>
    </message>
    <message>
        <source>sent to LINE Pay</source>
        <translation>ส่งไปยัง LINE Pay แล้ว</translation>
    </message>
    <message>
        <source>Another PayDesk changed this order at the same moment; nothing was sent. Try again.</source>
        <translation>PayDesk อีกตัวแก้ไขคำสั่งซื้อนี้ในเวลาเดียวกัน ยังไม่มีการส่งข้อมูลใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call before it was sent; nothing was sent. Try again.</source>
        <translation>PayDesk อีกตัวสรุปผลคำขอนี้ไปก่อนที่จะส่ง ยังไม่มีการส่งข้อมูลใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Nothing was sent; recovery will settle the payment without calling LINE Pay.</source>
        <translation>ยังไม่มีการส่งข้อมูลใด ๆ การกู้คืนจะสรุปผลการชำระเงินนี้โดยไม่ต้องติดต่อ LINE Pay</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first.</source>
        <translation>PayDesk อีกตัวสรุปผลคำขอนี้ไปก่อนแล้ว</translation>
    </message>
    <message>
        <source>Another PayDesk recorded the outcome of this call first: it went through.</source>
        <translation>PayDesk อีกตัวบันทึกผลของคำขอนี้ไปก่อนแล้ว: สำเร็จ</translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first; check the order before trying again.</source>
        <translation>PayDesk อีกตัวสรุปผลคำขอนี้ไปก่อนแล้ว กรุณาตรวจสอบคำสั่งซื้อก่อนลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The payment stays in doubt; check it in the LINE Pay merchant center.</source>
        <translation>การชำระเงินนี้ยังไม่ทราบผล กรุณาตรวจสอบในระบบหลังร้านของ LINE Pay (Merchant Center)</translation>
    </message>
    <message>
        <source>LINE Pay answered, but PayDesk could not save the answer: %1 The payment stays in doubt until recovery (paydesk-cli recover, or Refresh from LINE Pay); nothing will be sent again.</source>
        <translation>LINE Pay ตอบกลับแล้ว แต่ PayDesk บันทึกคำตอบไม่ได้: %1 การชำระเงินนี้จะยังไม่ทราบผลจนกว่าจะกู้คืน (paydesk-cli recover หรือปุ่ม &quot;รีเฟรชจาก LINE Pay&quot;) ระบบจะไม่ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>Run recovery (paydesk-cli recover, or Refresh from LINE Pay) before trying again.</source>
        <translation>กรุณาเรียกใช้การกู้คืน (paydesk-cli recover หรือปุ่ม &quot;รีเฟรชจาก LINE Pay&quot;) ก่อนลองอีกครั้ง</translation>
    </message>
    <message>
        <source>LINE Pay&apos;s answer would leave the payment %1, which this call cannot lead to.</source>
        <translation>คำตอบของ LINE Pay จะทำให้การชำระเงินอยู่ในสถานะ %1 ซึ่งคำขอนี้ไม่ควรนำไปสู่สถานะดังกล่าว</translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund; its amount could not be read yet.</source>
        <translation>LINE Pay รับคำขอคืนเงินเต็มจำนวนแล้ว แต่ยังอ่านจำนวนเงินที่คืนไม่ได้</translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund, but PayDesk could not read how much it refunded (%1). Run recovery (paydesk-cli recover, or Refresh from LINE Pay) to record it; nothing will be sent again.</source>
        <translation>LINE Pay รับคำขอคืนเงินเต็มจำนวนแล้ว แต่ PayDesk อ่านจำนวนเงินที่คืนไม่ได้ (%1) กรุณาเรียกใช้การกู้คืน (paydesk-cli recover หรือปุ่ม &quot;รีเฟรชจาก LINE Pay&quot;) เพื่อบันทึกยอดนี้ ระบบจะไม่ส่งซ้ำอีก</translation>
    </message>
    <message>
        <source>LINE Pay was asked about this payment less than a second ago.</source>
        <translation>เพิ่งสอบถาม LINE Pay เกี่ยวกับการชำระเงินนี้ไปเมื่อไม่ถึงหนึ่งวินาทีที่แล้ว</translation>
    </message>
    <message>
        <source>Order %1 has no LINE Pay transaction yet.</source>
        <translation>คำสั่งซื้อ %1 ยังไม่มีรายการธุรกรรมใน LINE Pay</translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment while LINE Pay was asked; its record stands.</source>
        <translation>PayDesk อีกตัวแก้ไขการชำระเงินนี้ระหว่างที่กำลังสอบถาม LINE Pay จึงใช้ข้อมูลที่ PayDesk ตัวนั้นบันทึกไว้</translation>
    </message>
    <message>
        <source>PayDesk left the order unchanged; check it in the LINE Pay merchant center.</source>
        <translation>PayDesk ไม่ได้เปลี่ยนแปลงคำสั่งซื้อนี้ กรุณาตรวจสอบในระบบหลังร้านของ LINE Pay (Merchant Center)</translation>
    </message>
    <message>
        <source>LINE Pay reported an unknown payment status &quot;%1&quot;.</source>
        <translation>LINE Pay แจ้งสถานะการชำระเงินที่ไม่รู้จัก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>recorded from LINE Pay</source>
        <translation>บันทึกตามข้อมูลจาก LINE Pay</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are being processed by another PayDesk and are left to it; run recovery again once it has finished.</source>
        <translation>
            <numerusform>มีการชำระเงิน %n รายการที่ PayDesk อีกตัวกำลังดำเนินการอยู่ จึงปล่อยให้ตัวนั้นจัดการ กรุณาเรียกใช้การกู้คืนอีกครั้งเมื่อดำเนินการเสร็จแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment is settled.</source>
        <translation>การชำระเงินทุกรายการทราบผลแล้ว</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>ไม่ได้ส่งไป</translation>
    </message>
    <message>
        <source>the answer to the request was lost; this attempt is abandoned</source>
        <translation>คำตอบของคำขอสูญหาย จึงยกเลิกการชำระเงินรอบนี้</translation>
    </message>
    <message>
        <source>LINE Pay does not list the payment.</source>
        <translation>ไม่พบการชำระเงินนี้ใน LINE Pay</translation>
    </message>
    <message>
        <source>LINE Pay accepted the refund but does not list it yet.</source>
        <translation>LINE Pay รับคำขอคืนเงินแล้ว แต่ยังไม่แสดงในรายการ</translation>
    </message>
    <message>
        <source>LINE Pay shows that it went through</source>
        <translation>LINE Pay แสดงว่าสำเร็จแล้ว</translation>
    </message>
    <message>
        <source>LINE Pay shows that it did not happen</source>
        <translation>LINE Pay แสดงว่าไม่ได้ทำรายการ</translation>
    </message>
    <message>
        <source>%1; settled by recovery, now %2</source>
        <translation>%1 สรุปผลด้วยการกู้คืนแล้ว ตอนนี้อยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>The confirmation of %1 is still unknown: %2</source>
        <translation>ยังไม่ทราบผลการยืนยันการชำระเงิน %1: %2</translation>
    </message>
    <message>
        <source>the confirmation did not happen</source>
        <translation>ไม่ได้ยืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>LINE Pay does not show the payment request yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay ยังไม่แสดงคำขอชำระเงินนี้และอาจกำลังดำเนินการอยู่ กรุณาลองอีกครั้งหลัง %1</translation>
    </message>
    <message>
        <source>LINE Pay does not show the confirmation yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay ยังไม่แสดงการยืนยันการชำระเงินนี้และอาจกำลังดำเนินการอยู่ กรุณาลองอีกครั้งหลัง %1</translation>
    </message>
    <message>
        <source>LINE Pay does not show the capture yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay ยังไม่แสดงการเรียกเก็บเงินนี้และอาจกำลังดำเนินการอยู่ กรุณาลองอีกครั้งหลัง %1</translation>
    </message>
    <message>
        <source>LINE Pay does not show the void yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay ยังไม่แสดงการยกเลิกการอนุมัติวงเงินนี้และอาจกำลังดำเนินการอยู่ กรุณาลองอีกครั้งหลัง %1</translation>
    </message>
    <message>
        <source>LINE Pay does not show the refund yet and may still be handling it; try again after %1.</source>
        <translation>LINE Pay ยังไม่แสดงการคืนเงินนี้และอาจกำลังดำเนินการอยู่ กรุณาลองอีกครั้งหลัง %1</translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke and LINE Pay refused the repeated read. Nothing was changed; check the network and try again.</source>
        <translation>การเชื่อมต่อกับ LINE Pay ขาด และ LINE Pay ปฏิเสธการอ่านข้อมูลซ้ำ ไม่มีการเปลี่ยนแปลงใด ๆ กรุณาตรวจสอบเครือข่ายแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>PayDesk could not save to its database: %1</source>
        <translation>PayDesk บันทึกลงฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1, paid %2, refunded %3</source>
        <translation>%1 ชำระแล้ว %2 คืนเงินแล้ว %3</translation>
    </message>
    <message>
        <source>LINE Pay has no record of this payment.</source>
        <translation>LINE Pay ไม่มีบันทึกของการชำระเงินนี้</translation>
    </message>
    <message>
        <source>%1 → %2 (LINE Pay&apos;s payment details)</source>
        <translation>%1 → %2 (รายละเอียดการชำระเงินจาก LINE Pay)</translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment meanwhile; reconcile again.</source>
        <translation>PayDesk อีกเครื่องเปลี่ยนการชำระเงินนี้ระหว่างนั้น โปรดกระทบยอดอีกครั้ง</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1 (อนุมัติโดย %2)</translation>
    </message>
    <message>
        <source>Voiding %1 of order %2 needs the owner&apos;s PIN.</source>
        <translation>การยกเลิกการอนุมัติวงเงิน %1 ของคำสั่งซื้อ %2 ต้องใช้ PIN ของเจ้าของร้าน</translation>
    </message>
    <message>
        <source>Refunding %1 of order %2 needs the owner&apos;s PIN.</source>
        <translation>การคืนเงิน %1 ของคำสั่งซื้อ %2 ต้องใช้ PIN ของเจ้าของร้าน</translation>
    </message>
    <message>
        <source>The shop has no owner on its staff list yet.</source>
        <translation>รายชื่อพนักงานของร้านยังไม่มีเจ้าของร้าน</translation>
    </message>
    <message>
        <source>Add the owner first.</source>
        <translation>กรุณาเพิ่มเจ้าของร้านก่อน</translation>
    </message>
    <message>
        <source>%1 is signed in as a clerk.</source>
        <translation>%1 เข้าสู่ระบบในฐานะพนักงาน</translation>
    </message>
    <message>
        <source>Only the owner can close the day.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่ปิดยอดประจำวันได้</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนข้อมูลร้านได้</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s rules.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนกฎของร้านได้</translation>
    </message>
    <message>
        <source>Only the owner can change the staff list.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนรายชื่อพนักงานได้</translation>
    </message>
    <message>
        <source>Only the owner can change another person&apos;s PIN.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยน PIN ของคนอื่นได้</translation>
    </message>
</context>
<context>
    <name>PayDesk::Reports</name>
    <message>
        <source>(shop name not set)</source>
        <translation>(ยังไม่ได้ตั้งชื่อร้าน)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>โทรศัพท์: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>เลขประจำตัวผู้เสียภาษี: %1</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>เรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>ยกเลิกการอนุมัติวงเงิน</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>รายงานปิดยอด %1</translation>
    </message>
    <message>
        <source>Day report (not closed)</source>
        <translation>รายงานประจำวัน (ยังไม่ปิดยอด)</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>ตั้งแต่ %1 ถึง %2 (%3)</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>ปิดยอดเมื่อ %1 โดย %2</translation>
    </message>
    <message>
        <source>This day is not closed: its figures can still change.</source>
        <translation>วันนั้นยังไม่ได้ปิดยอด ตัวเลขอาจยังเปลี่ยนแปลงได้</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>No money moved on this day.</source>
        <translation>ไม่มีเงินเข้าออกในวันนั้น</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ยกเลิกการอนุมัติวงเงิน</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>ยอดสุทธิ</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>การชำระเงิน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>การคืนเงิน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Net is captured less refunded. Voided authorizations moved no money.</source>
        <translation>ยอดสุทธิคือยอดเรียกเก็บเงินหักยอดคืนเงิน การยกเลิกการอนุมัติวงเงินไม่มีเงินเข้าออกจริง</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>รายการชำระเงิน</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>LINE Pay transaction</source>
        <translation>ธุรกรรม LINE Pay</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>พิมพ์เมื่อ %1</translation>
    </message>
    <message>
        <source>Order %1 has no captured payment to print a receipt for.</source>
        <translation>คำสั่งซื้อ %1 ไม่มีการชำระเงินที่เรียกเก็บเงินแล้ว จึงพิมพ์ใบเสร็จรับเงินไม่ได้</translation>
    </message>
    <message>
        <source>Order %1 has no refund %2.</source>
        <translation>คำสั่งซื้อ %1 ไม่มีการคืนเงินหมายเลข %2</translation>
    </message>
    <message>
        <source>Refund slip</source>
        <translation>ใบคืนเงิน</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>ลูกค้า: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Paid with LINE Pay</source>
        <translation>ชำระผ่าน LINE Pay</translation>
    </message>
    <message>
        <source>Refunded in all</source>
        <translation>คืนเงินทั้งหมด</translation>
    </message>
    <message>
        <source>Paid after refunds</source>
        <translation>ยอดชำระหลังหักคืนเงิน</translation>
    </message>
    <message>
        <source>LINE Pay transaction %1</source>
        <translation>ธุรกรรม LINE Pay %1</translation>
    </message>
    <message>
        <source>Refund transaction %1</source>
        <translation>ธุรกรรมคืนเงิน %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>LINE Pay order %1</source>
        <translation>เลขที่คำสั่งซื้อ LINE Pay %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>ขอบคุณที่ใช้บริการ</translation>
    </message>
    <message>
        <source>The printer does not take paper of %1 × %2 mm.</source>
        <translation>เครื่องพิมพ์ไม่รองรับกระดาษขนาด %1 × %2 มม.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>เริ่มพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>ขึ้นหน้าใหม่ไม่ได้</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation>พิมพ์ให้เสร็จไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::ReturnCode</name>
    <message>
        <source>LINE Pay refused the request with code %1.</source>
        <translation>LINE Pay ปฏิเสธคำขอด้วยรหัส %1</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay, then contact support if this persists.</source>
        <translation>กรุณารีเฟรชคำสั่งซื้อจาก LINE Pay หากยังพบปัญหาอยู่ โปรดติดต่อฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>LINE Pay accepted the request.</source>
        <translation>LINE Pay รับคำขอแล้ว</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>ไม่ต้องดำเนินการใด ๆ</translation>
    </message>
    <message>
        <source>The customer has approved the payment in LINE Pay.</source>
        <translation>ลูกค้าอนุมัติการชำระเงินใน LINE Pay แล้ว</translation>
    </message>
    <message>
        <source>Confirm the payment.</source>
        <translation>กรุณายืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>The customer cancelled the payment, or the 20 minutes to approve it ran out.</source>
        <translation>ลูกค้ายกเลิกการชำระเงิน หรือเกินเวลา 20 นาทีที่ให้อนุมัติ</translation>
    </message>
    <message>
        <source>Request the payment again if the customer still wants to pay.</source>
        <translation>หากลูกค้ายังต้องการชำระ กรุณาส่งคำขอชำระเงินใหม่</translation>
    </message>
    <message>
        <source>The payment failed in LINE Pay.</source>
        <translation>การชำระเงินใน LINE Pay ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Request the payment again or take another payment method.</source>
        <translation>กรุณาส่งคำขอชำระเงินใหม่ หรือรับชำระด้วยวิธีอื่น</translation>
    </message>
    <message>
        <source>The payment is already complete.</source>
        <translation>การชำระเงินนี้เสร็จสมบูรณ์แล้ว</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay.</source>
        <translation>กรุณารีเฟรชคำสั่งซื้อจาก LINE Pay</translation>
    </message>
    <message>
        <source>The customer is not a LINE Pay user.</source>
        <translation>ลูกค้าไม่ได้เป็นผู้ใช้ LINE Pay</translation>
    </message>
    <message>
        <source>Ask the customer to pay another way.</source>
        <translation>กรุณาขอให้ลูกค้าชำระด้วยวิธีอื่น</translation>
    </message>
    <message>
        <source>The customer&apos;s LINE Pay account cannot make payments at the moment.</source>
        <translation>บัญชี LINE Pay ของลูกค้าชำระเงินไม่ได้ในขณะนี้</translation>
    </message>
    <message>
        <source>Ask the customer to contact LINE Pay or to pay another way.</source>
        <translation>กรุณาขอให้ลูกค้าติดต่อ LINE Pay หรือชำระด้วยวิธีอื่น</translation>
    </message>
    <message>
        <source>LINE Pay does not know this channel ID.</source>
        <translation>LINE Pay ไม่รู้จัก Channel ID นี้</translation>
    </message>
    <message>
        <source>Check the channel ID in Settings.</source>
        <translation>กรุณาตรวจสอบ Channel ID ในการตั้งค่า</translation>
    </message>
    <message>
        <source>This shop cannot use LINE Pay at the moment.</source>
        <translation>ร้านนี้ใช้ LINE Pay ไม่ได้ในขณะนี้</translation>
    </message>
    <message>
        <source>Contact LINE Pay merchant support.</source>
        <translation>กรุณาติดต่อฝ่ายบริการร้านค้าของ LINE Pay</translation>
    </message>
    <message>
        <source>LINE Pay refused the request signature: the channel secret is probably wrong.</source>
        <translation>LINE Pay ปฏิเสธลายเซ็นของคำขอ: Channel Secret อาจไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Check the channel secret in Settings.</source>
        <translation>กรุณาตรวจสอบ Channel Secret ในการตั้งค่า</translation>
    </message>
    <message>
        <source>The customer&apos;s credit card cannot be used.</source>
        <translation>ใช้บัตรเครดิตของลูกค้าไม่ได้</translation>
    </message>
    <message>
        <source>Ask the customer to choose another card.</source>
        <translation>กรุณาขอให้ลูกค้าเลือกบัตรใบอื่น</translation>
    </message>
    <message>
        <source>LINE Pay refused the amount (wrong number of decimals or format).</source>
        <translation>LINE Pay ปฏิเสธจำนวนเงิน (จำนวนทศนิยมหรือรูปแบบไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>Check the amount and currency.</source>
        <translation>กรุณาตรวจสอบจำนวนเงินและสกุลเงิน</translation>
    </message>
    <message>
        <source>The one-time key is not valid.</source>
        <translation>รหัสชำระเงินแบบใช้ครั้งเดียว (one-time key) ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Ask the customer for a new code.</source>
        <translation>กรุณาขอรหัสใหม่จากลูกค้า</translation>
    </message>
    <message>
        <source>The customer&apos;s payment account has a problem.</source>
        <translation>บัญชีชำระเงินของลูกค้ามีปัญหา</translation>
    </message>
    <message>
        <source>The customer&apos;s balance is too low.</source>
        <translation>ยอดเงินคงเหลือของลูกค้าไม่เพียงพอ</translation>
    </message>
    <message>
        <source>Ask the customer to top up or to pay another way.</source>
        <translation>กรุณาขอให้ลูกค้าเติมเงินหรือชำระด้วยวิธีอื่น</translation>
    </message>
    <message>
        <source>This payment is being processed right now.</source>
        <translation>การชำระเงินนี้กำลังดำเนินการอยู่</translation>
    </message>
    <message>
        <source>Wait a minute, then refresh the order.</source>
        <translation>กรุณารอสักครู่ แล้วรีเฟรชคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>LINE Pay has no record of this transaction.</source>
        <translation>LINE Pay ไม่มีข้อมูลของรายการธุรกรรมนี้</translation>
    </message>
    <message>
        <source>Check the order; if the customer never paid, request the payment again.</source>
        <translation>กรุณาตรวจสอบคำสั่งซื้อ หากลูกค้ายังไม่ได้ชำระ ให้ส่งคำขอชำระเงินใหม่</translation>
    </message>
    <message>
        <source>LINE Pay already has this transaction.</source>
        <translation>มีรายการธุรกรรมนี้ใน LINE Pay อยู่แล้ว</translation>
    </message>
    <message>
        <source>The amount differs from the amount requested.</source>
        <translation>จำนวนเงินไม่ตรงกับจำนวนเงินที่ขอชำระ</translation>
    </message>
    <message>
        <source>Refresh the order; the amount must match the request.</source>
        <translation>กรุณารีเฟรชคำสั่งซื้อ จำนวนเงินต้องตรงกับคำขอชำระเงิน</translation>
    </message>
    <message>
        <source>The customer&apos;s saved payment method is unavailable.</source>
        <translation>วิธีชำระเงินที่ลูกค้าบันทึกไว้ใช้ไม่ได้ในขณะนี้</translation>
    </message>
    <message>
        <source>This transaction cannot be refunded or voided in its current state.</source>
        <translation>รายการธุรกรรมนี้อยู่ในสถานะที่คืนเงินหรือยกเลิกการอนุมัติวงเงินไม่ได้</translation>
    </message>
    <message>
        <source>LINE Pay has no payment request for this transaction.</source>
        <translation>LINE Pay ไม่มีคำขอชำระเงินสำหรับรายการธุรกรรมนี้</translation>
    </message>
    <message>
        <source>Request the payment again.</source>
        <translation>กรุณาส่งคำขอชำระเงินใหม่</translation>
    </message>
    <message>
        <source>The refund period for this payment is over.</source>
        <translation>พ้นระยะเวลาคืนเงินของการชำระเงินนี้แล้ว</translation>
    </message>
    <message>
        <source>Settle the refund with the customer another way.</source>
        <translation>กรุณาคืนเงินให้ลูกค้าด้วยวิธีอื่น</translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund.</source>
        <translation>จำนวนเงินที่คืนมากกว่ายอดที่ยังคืนได้</translation>
    </message>
    <message>
        <source>Refund at most the amount still refundable.</source>
        <translation>กรุณาคืนเงินไม่เกินยอดที่ยังคืนได้</translation>
    </message>
    <message>
        <source>This payment was already refunded or voided.</source>
        <translation>การชำระเงินนี้คืนเงินหรือยกเลิกการอนุมัติวงเงินไปแล้ว</translation>
    </message>
    <message>
        <source>The customer has not finished approving the payment in LINE Pay yet.</source>
        <translation>ลูกค้ายังอนุมัติการชำระเงินใน LINE Pay ไม่เสร็จ</translation>
    </message>
    <message>
        <source>Wait for the customer, then confirm again.</source>
        <translation>กรุณารอลูกค้า แล้วยืนยันการชำระเงินอีกครั้ง</translation>
    </message>
    <message>
        <source>The customer&apos;s balance changed while paying.</source>
        <translation>ยอดเงินของลูกค้าเปลี่ยนแปลงระหว่างการชำระเงิน</translation>
    </message>
    <message>
        <source>Ask the customer to try again.</source>
        <translation>กรุณาขอให้ลูกค้าลองอีกครั้ง</translation>
    </message>
    <message>
        <source>LINE Pay already has a transaction with this order number.</source>
        <translation>มีรายการธุรกรรมที่ใช้หมายเลขคำสั่งซื้อนี้ใน LINE Pay อยู่แล้ว</translation>
    </message>
    <message>
        <source>Too many transactions were asked for at once (at most 100).</source>
        <translation>ขอข้อมูลรายการธุรกรรมพร้อมกันมากเกินไป (ไม่เกิน 100 รายการ)</translation>
    </message>
    <message>
        <source>Ask for fewer transactions.</source>
        <translation>กรุณาขอข้อมูลรายการธุรกรรมให้น้อยลง</translation>
    </message>
    <message>
        <source>This shop&apos;s LINE Pay channel does not accept this currency.</source>
        <translation>Channel LINE Pay ของร้านไม่รองรับสกุลเงินนี้</translation>
    </message>
    <message>
        <source>Use the currency of your LINE Pay channel.</source>
        <translation>กรุณาใช้สกุลเงินของ Channel LINE Pay ของร้าน</translation>
    </message>
    <message>
        <source>LINE Pay cannot do this in the payment&apos;s current state.</source>
        <translation>LINE Pay ทำรายการนี้ไม่ได้ในสถานะปัจจุบันของการชำระเงิน</translation>
    </message>
    <message>
        <source>The time to complete this payment has passed.</source>
        <translation>เลยเวลาที่กำหนดให้ชำระเงินรายการนี้แล้ว</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>จำนวนเงินต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <source>Enter a larger amount.</source>
        <translation>กรุณาใส่จำนวนเงินที่มากขึ้น</translation>
    </message>
    <message>
        <source>The amount is larger than allowed (more than authorized or requested).</source>
        <translation>จำนวนเงินเกินที่อนุญาต (เกินวงเงินที่อนุมัติหรือยอดที่ขอชำระ)</translation>
    </message>
    <message>
        <source>Enter a smaller amount.</source>
        <translation>กรุณาใส่จำนวนเงินที่น้อยลง</translation>
    </message>
    <message>
        <source>The pre-approved payment key does not exist.</source>
        <translation>ไม่พบคีย์การชำระเงินแบบอนุมัติล่วงหน้า</translation>
    </message>
    <message>
        <source>Ask the customer to register again.</source>
        <translation>กรุณาขอให้ลูกค้าลงทะเบียนใหม่</translation>
    </message>
    <message>
        <source>The pre-approved payment key has expired.</source>
        <translation>คีย์การชำระเงินแบบอนุมัติล่วงหน้าหมดอายุแล้ว</translation>
    </message>
    <message>
        <source>This shop cannot use pre-approved payments.</source>
        <translation>ร้านนี้ใช้การชำระเงินแบบอนุมัติล่วงหน้าไม่ได้</translation>
    </message>
    <message>
        <source>Another payment with this key is in progress.</source>
        <translation>มีการชำระเงินอื่นที่ใช้คีย์นี้กำลังดำเนินการอยู่</translation>
    </message>
    <message>
        <source>Wait and try again.</source>
        <translation>กรุณารอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>LINE Pay received the same call twice, or is busy re-authorizing this payment.</source>
        <translation>LINE Pay ได้รับคำขอเดียวกันซ้ำสองครั้ง หรือกำลังอนุมัติวงเงินของการชำระเงินนี้ใหม่</translation>
    </message>
    <message>
        <source>Wait a few minutes, then refresh the order before trying again.</source>
        <translation>กรุณารอสักสองสามนาที แล้วรีเฟรชคำสั่งซื้อก่อนลองอีกครั้ง</translation>
    </message>
    <message>
        <source>LINE Pay had an internal error with this request.</source>
        <translation>เกิดข้อผิดพลาดภายในระบบ LINE Pay กับคำขอนี้</translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay before trying again.</source>
        <translation>กรุณารีเฟรชคำสั่งซื้อจาก LINE Pay ก่อนลองอีกครั้ง</translation>
    </message>
    <message>
        <source>There was a problem with the customer&apos;s iPASS money.</source>
        <translation>เกิดปัญหากับเงินใน iPASS ของลูกค้า</translation>
    </message>
    <message>
        <source>A temporary error occurred during the card payment.</source>
        <translation>เกิดข้อผิดพลาดชั่วคราวระหว่างการชำระเงินด้วยบัตร</translation>
    </message>
    <message>
        <source>The card payment failed.</source>
        <translation>การชำระเงินด้วยบัตรไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Ask the customer to use another card.</source>
        <translation>กรุณาขอให้ลูกค้าใช้บัตรใบอื่น</translation>
    </message>
    <message>
        <source>The card authorization failed.</source>
        <translation>การอนุมัติวงเงินของบัตรไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The payment was refused on suspicion of fraud.</source>
        <translation>การชำระเงินถูกปฏิเสธเนื่องจากสงสัยว่าเป็นการทุจริต</translation>
    </message>
    <message>
        <source>Card payments are suspended for a while.</source>
        <translation>ระงับการชำระเงินด้วยบัตรชั่วคราว</translation>
    </message>
    <message>
        <source>Card information is missing.</source>
        <translation>ข้อมูลบัตรไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>Ask the customer to check their card in LINE Pay.</source>
        <translation>กรุณาขอให้ลูกค้าตรวจสอบข้อมูลบัตรใน LINE Pay</translation>
    </message>
    <message>
        <source>Card information is wrong.</source>
        <translation>ข้อมูลบัตรไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>บัตรหมดอายุแล้ว</translation>
    </message>
    <message>
        <source>The card balance is too low.</source>
        <translation>ยอดเงินในบัตรไม่เพียงพอ</translation>
    </message>
    <message>
        <source>The card&apos;s limit is exceeded.</source>
        <translation>เกินวงเงินของบัตร</translation>
    </message>
    <message>
        <source>The card&apos;s limit for one payment is exceeded.</source>
        <translation>เกินวงเงินต่อครั้งของบัตร</translation>
    </message>
    <message>
        <source>The card was reported stolen.</source>
        <translation>บัตรนี้ถูกแจ้งว่าถูกขโมย</translation>
    </message>
    <message>
        <source>Do not hand over the goods; ask for another payment method.</source>
        <translation>โปรดอย่าส่งมอบสินค้า กรุณาขอให้ลูกค้าชำระด้วยวิธีอื่น</translation>
    </message>
    <message>
        <source>The card is suspended.</source>
        <translation>บัตรถูกระงับการใช้งาน</translation>
    </message>
    <message>
        <source>The card&apos;s security code (CVN) is wrong.</source>
        <translation>รหัสความปลอดภัยของบัตร (CVN) ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Ask the customer to check their card.</source>
        <translation>กรุณาขอให้ลูกค้าตรวจสอบบัตร</translation>
    </message>
    <message>
        <source>The card cannot be used (blacklisted).</source>
        <translation>ใช้บัตรนี้ไม่ได้ (อยู่ในบัญชีดำ)</translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation>หมายเลขบัตรไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The card issuer cannot process this amount.</source>
        <translation>ผู้ออกบัตรดำเนินการกับจำนวนเงินนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>บัตรถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>LINE Pay had a temporary error.</source>
        <translation>LINE Pay เกิดข้อผิดพลาดชั่วคราว</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>กรุณารอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The repeated request differs from the original one.</source>
        <translation>คำขอที่ส่งซ้ำไม่ตรงกับคำขอเดิม</translation>
    </message>
    <message>
        <source>The payment institution&apos;s limit was reached.</source>
        <translation>ถึงวงเงินสูงสุดของผู้ให้บริการชำระเงินแล้ว</translation>
    </message>
    <message>
        <source>The shop&apos;s receiving limit (per payment, day or month) is exceeded.</source>
        <translation>เกินวงเงินรับชำระของร้าน (ต่อครั้ง ต่อวัน หรือต่อเดือน)</translation>
    </message>
    <message>
        <source>The refund reserve of the payment institution is insufficient.</source>
        <translation>เงินสำรองสำหรับคืนเงินของผู้ให้บริการชำระเงินไม่เพียงพอ</translation>
    </message>
    <message>
        <source>LINE Pay refused a value in the request.</source>
        <translation>LINE Pay ปฏิเสธค่าบางค่าในคำขอ</translation>
    </message>
    <message>
        <source>Check the order&apos;s items and amounts.</source>
        <translation>กรุณาตรวจสอบสินค้าและจำนวนเงินในคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>LINE Pay could not read the request.</source>
        <translation>LINE Pay อ่านคำขอไม่ได้</translation>
    </message>
    <message>
        <source>Update PayDesk, or contact support if this persists.</source>
        <translation>กรุณาอัปเดต PayDesk หรือติดต่อฝ่ายสนับสนุนหากยังพบปัญหาอยู่</translation>
    </message>
    <message>
        <source>The request contains a value LINE Pay does not expect.</source>
        <translation>คำขอมีค่าที่ LINE Pay ไม่รองรับ</translation>
    </message>
    <message>
        <source>LINE Pay refused the request as invalid.</source>
        <translation>LINE Pay ปฏิเสธคำขอเนื่องจากไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Check the order, then contact support if this persists.</source>
        <translation>กรุณาตรวจสอบคำสั่งซื้อ หากยังพบปัญหาอยู่ โปรดติดต่อฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>LINE Pay had an internal error.</source>
        <translation>เกิดข้อผิดพลาดภายในระบบ LINE Pay</translation>
    </message>
</context>
<context>
    <name>PayDesk::State</name>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>รอลูกค้าชำระเงิน</translation>
    </message>
    <message>
        <source>Ready to confirm</source>
        <translation>รอยืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>อนุมัติวงเงินแล้ว</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>คืนเงินบางส่วนแล้ว</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ยกเลิกการอนุมัติวงเงินแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>ไม่ทราบผล</translation>
    </message>
</context>
<context>
    <name>PayDesk::Storage</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>ไม่พบไดรเวอร์ SQLite สำหรับ Qt (แพ็กเกจ Debian libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The database %1 stayed locked by another program; try again in a moment.</source>
        <translation>ฐานข้อมูล %1 ยังถูกโปรแกรมอื่นล็อกไว้ กรุณาลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version cannot be read.</source>
        <translation>ฐานข้อมูล %1 เสียหาย: อ่านเวอร์ชันของ schema ไม่ได้</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation>ฐานข้อมูล %1 ถูกบันทึกโดย PayDesk เวอร์ชันที่ใหม่กว่า (schema %2) เวอร์ชันนี้อ่านได้ถึง %3 เท่านั้น</translation>
    </message>
    <message>
        <source>Upgrading the database from version %1 failed: %2</source>
        <translation>อัปเกรดฐานข้อมูลจากเวอร์ชัน %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>บันทึกลงฐานข้อมูลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Another PayDesk settled journal entry %1 first.</source>
        <translation>PayDesk อีกตัวสรุปผลบันทึกรายการ %1 ไปก่อนแล้ว</translation>
    </message>
    <message>
        <source>Journal entry %1 is missing.</source>
        <translation>ไม่พบบันทึกรายการ %1</translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation>ไม่พบคำสั่งซื้อที่มี id %1</translation>
    </message>
    <message>
        <source>There is no order &quot;%1&quot;.</source>
        <translation>ไม่พบคำสั่งซื้อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Another PayDesk started attempt %1 of this order in the meantime.</source>
        <translation>ระหว่างนี้ PayDesk อีกตัวได้เริ่มการชำระเงินรอบที่ %1 ของคำสั่งซื้อนี้แล้ว</translation>
    </message>
    <message>
        <source>Payment %1 cannot go from %2 to %3.</source>
        <translation>การชำระเงิน %1 เปลี่ยนจากสถานะ %2 เป็น %3 ไม่ได้</translation>
    </message>
    <message>
        <source>Payment %1 is missing.</source>
        <translation>ไม่พบการชำระเงิน %1</translation>
    </message>
    <message>
        <source>Payment %1 was changed by another PayDesk in the meantime.</source>
        <translation>ระหว่างนี้ PayDesk อีกตัวได้แก้ไขการชำระเงิน %1 ไปแล้ว</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>ไม่พบการชำระเงิน %1</translation>
    </message>
    <message>
        <source>No payment has been requested for this order yet.</source>
        <translation>ยังไม่ได้ส่งคำขอชำระเงินสำหรับคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Audit entry %1 vanished while it was written.</source>
        <translation>บันทึกการตรวจสอบรายการที่ %1 หายไประหว่างการบันทึก</translation>
    </message>
    <message>
        <source>Audit entry 1 is missing: the trail starts at entry %1.</source>
        <translation>บันทึกการตรวจสอบรายการที่ 1 หายไป: บันทึกเริ่มที่รายการที่ %1</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail goes from entry %2 to entry %3.</source>
        <translation>บันทึกการตรวจสอบรายการที่ %1 หายไป: บันทึกข้ามจากรายการที่ %2 ไปรายการที่ %3</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were inserted, removed or swapped there.</source>
        <translation>บันทึกการตรวจสอบรายการที่ %1 ไม่ต่อจากรายการก่อนหน้า: มีการแทรก ลบ หรือสลับรายการตรงนี้</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>บันทึกการตรวจสอบรายการที่ %1 ถูกแก้ไขหลังจากบันทึกแล้ว</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail ends at entry %2, but %3 entries were written.</source>
        <translation>บันทึกการตรวจสอบรายการที่ %1 หายไป: บันทึกจบที่รายการที่ %2 แต่มีการบันทึกไว้ %3 รายการ</translation>
    </message>
    <message>
        <source>The audit trail&apos;s newest entry is not on record.</source>
        <translation>ไม่พบหลักฐานของบันทึกการตรวจสอบรายการล่าสุด</translation>
    </message>
    <message>
        <source>Other users of this computer can read the shop database %1, with its customers and payments. Make it yours alone: chmod 600 &quot;%1&quot;</source>
        <translation>ผู้ใช้อื่นบนคอมพิวเตอร์เครื่องนี้อ่านฐานข้อมูลร้าน %1 ซึ่งมีข้อมูลลูกค้าและการชำระเงินได้ กรุณาตั้งให้อ่านได้เฉพาะคุณ: chmod 600 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>ไม่สามารถสร้าง %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>ไม่สามารถคัดลอก %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล PayDesk</translation>
    </message>
    <message>
        <source>%1 has an unreadable schema version &quot;%2&quot;.</source>
        <translation>%1 มีเวอร์ชันโครงสร้างที่อ่านไม่ได้ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation>%1 ถูกบันทึกโดย PayDesk รุ่นใหม่กว่า (โครงสร้างเวอร์ชัน %2) รุ่นนี้อ่านได้ถึงเวอร์ชัน %3</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken: %2</source>
        <translation>บันทึกการตรวจสอบของ %1 เสียหาย: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be copied.</source>
        <translation>ไม่สามารถคัดลอกฐานข้อมูล %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>ไม่สามารถเปิด %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
    <message>
        <source>The backup did not check out: %1</source>
        <translation>ข้อมูลสำรองไม่ผ่านการตรวจสอบ: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>ไม่สามารถเขียน %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>ไม่ได้กู้คืน: %1</translation>
    </message>
    <message>
        <source>Not restored, the current database could not be kept first: %1</source>
        <translation>ไม่ได้กู้คืน เพราะเก็บฐานข้อมูลปัจจุบันไว้ก่อนไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the database file.</source>
        <translation>%1 เป็นโฟลเดอร์ กรุณาระบุพาธของไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2).</source>
        <translation>ไม่สามารถเปิดฐานข้อมูล %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write to %1 (%2); check that the file and its folder can be written.</source>
        <translation>ไม่สามารถเขียน %1 (%2) กรุณาตรวจสอบว่าไฟล์และโฟลเดอร์เขียนได้</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database, or it is damaged (%2).</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล PayDesk หรือเสียหาย (%2)</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version &quot;%2&quot; is not one PayDesk wrote. Restore a backup (paydesk-cli restore).</source>
        <translation>ฐานข้อมูล %1 เสียหาย: เวอร์ชันโครงสร้าง &quot;%2&quot; ไม่ได้ถูกบันทึกโดย PayDesk กรุณากู้คืนข้อมูลสำรอง (paydesk-cli restore)</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2).</source>
        <translation>ไม่สามารถเขียนฐานข้อมูล %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a PayDesk database (%2).</source>
        <translation>%1 เสียหายหรือไม่ใช่ฐานข้อมูล PayDesk (%2)</translation>
    </message>
    <message>
        <source>%1 exists; seed writes a new database only.</source>
        <translation>%1 มีอยู่แล้ว seed เขียนได้เฉพาะฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Seeding %1 failed: %2</source>
        <translation>การสร้างข้อมูล %1 ล้มเหลว: %2</translation>
    </message>
    <message>
        <source>Seeding %1 left rows without their order or payment.</source>
        <translation>การสร้างข้อมูล %1 ทิ้งแถวที่ไม่มีคำสั่งซื้อหรือการชำระเงินของตัวเองไว้</translation>
    </message>
    <message>
        <source>Order %1 shows a state or amount that differs from its payment.</source>
        <translation>คำสั่งซื้อ %1 แสดงสถานะหรือจำนวนเงินที่ไม่ตรงกับการชำระเงิน</translation>
    </message>
    <message>
        <source>The order totals for %1, %2, %3 differ from the orders themselves.</source>
        <translation>ยอดรวมคำสั่งซื้อของ %1, %2, %3 ไม่ตรงกับคำสั่งซื้อจริง</translation>
    </message>
    <message>
        <source>The search index differs from the orders (%1).</source>
        <translation>ดัชนีการค้นหาไม่ตรงกับคำสั่งซื้อ (%1)</translation>
    </message>
    <message>
        <source>The copy of %1 was stopped.</source>
        <translation>การคัดลอก %1 ถูกหยุด</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>เขียนไฟล์ส่งออกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>The stored day report has an unreadable amount.</source>
        <translation>รายงานปิดยอดที่บันทึกไว้มีจำนวนเงินที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>The stored day report is damaged.</source>
        <translation>รายงานปิดยอดที่บันทึกไว้เสียหาย</translation>
    </message>
    <message>
        <source>The stored report of %1 is damaged.</source>
        <translation>รายงานของวันที่ %1 ที่บันทึกไว้เสียหาย</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>กรุณาระบุวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 has not begun yet; only a day that has begun can be closed.</source>
        <translation>วันที่ %1 ยังไม่เริ่ม ปิดยอดได้เฉพาะวันที่เริ่มแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>%1 was closed already as %2; its report can be printed again, not changed.</source>
        <translation>วันที่ %1 ปิดยอดไปแล้วเป็น %2 พิมพ์รายงานซ้ำได้ แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>shop&apos;s name</source>
        <translation>ชื่อร้าน</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN มี 4 ถึง 12 หลัก</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN ต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>ใส่ชื่อของบุคคล</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The shop has an owner already.</source>
        <translation>ร้านนี้มีเจ้าของแล้ว</translation>
    </message>
    <message>
        <source>%1 is on the staff already.</source>
        <translation>%1 อยู่ในรายชื่อพนักงานแล้ว</translation>
    </message>
    <message>
        <source>%1 is not on the staff.</source>
        <translation>%1 ไม่อยู่ในรายชื่อพนักงาน</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 can try again at %2.</source>
        <translation>ใส่ PIN ผิดหลายครั้งเกินไป: %1 ลองใหม่ได้เวลา %2</translation>
    </message>
    <message>
        <source>Five wrong PINs: %1 is locked out until %2.</source>
        <translation>ใส่ PIN ผิดห้าครั้ง: %1 ถูกล็อกจนถึง %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1; %n attempt(s) left before a lockout.</source>
        <translation>
            <numerusform>PIN ของ %1 ไม่ถูกต้อง เหลืออีก %n ครั้งก่อนถูกล็อก</numerusform>
        </translation>
    </message>
    <message>
        <source>The window locks after 1 to 240 idle minutes.</source>
        <translation>ตั้งเวลาล็อกหน้าต่างเมื่อไม่มีการใช้งานได้ตั้งแต่ 1 ถึง 240 นาที</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be below zero.</source>
        <translation>จำนวนเงินของ %1 ต้องไม่ต่ำกว่าศูนย์</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Not restored: the backup&apos;s last day close is %1, this database&apos;s is %2. The days closed since would be closed again under numbers already printed. Restore it anyway with --force.</source>
        <translation>ไม่ได้กู้คืน: การปิดยอดครั้งล่าสุดในข้อมูลสำรองคือ %1 แต่ในฐานข้อมูลนี้คือ %2 วันที่ปิดยอดหลังจากนั้นจะถูกปิดยอดอีกครั้งด้วยเลขที่ที่พิมพ์ไปแล้ว หากยังต้องการกู้คืน ให้ใส่ --force</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::AmountDialog</name>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>เรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Refund (%1, at most %2)</source>
        <translation>คืนเงิน (%1 ไม่เกิน %2)</translation>
    </message>
    <message>
        <source>Capture (%1, at most %2)</source>
        <translation>เรียกเก็บเงิน (%1 ไม่เกิน %2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>จำนวนเงินต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <source>At most %1 can be taken here.</source>
        <translation>ใส่จำนวนเงินได้ไม่เกิน %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::DayCloseDialog</name>
    <message>
        <source>Close the day…</source>
        <translation>ปิดยอดประจำวัน…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>บันทึก CSV…</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>ปิดยอดประจำวัน</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Settlement report</source>
        <translation>รายงานปิดยอด</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>สกุลเงินของกราฟ</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน (&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Closed as %1 on %2 by %3. Its report can be printed again, never changed.</source>
        <translation>ปิดยอดแล้วเป็น %1 เมื่อ %2 โดย %3 พิมพ์รายงานซ้ำได้ แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>ยังไม่ได้ปิดยอด</translation>
    </message>
    <message>
        <source>This day has not begun.</source>
        <translation>ยังไม่ถึงวันที่เลือก</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>ปิดยอดประจำวัน</translation>
    </message>
    <message>
        <source>Close %1? Its report gets the next number and is frozen: what is recorded later lands on the next day.</source>
        <translation>ปิดยอดวันที่ %1 หรือไม่ รายงานจะได้เลขที่ถัดไปและถูกล็อกไว้ รายการที่บันทึกหลังจากนี้จะไปอยู่ในวันถัดไป</translation>
    </message>
    <message>
        <source>Closed as %1. The report is saved as %2.</source>
        <translation>ปิดยอดแล้วเป็น %1 บันทึกรายงานเป็น %2 แล้ว</translation>
    </message>
    <message>
        <source>Closed as %1, but its PDF could not be saved: %2</source>
        <translation>ปิดยอดแล้วเป็น %1 แต่บันทึก PDF ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>บันทึกเป็น CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Only the owner closes the day.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่ปิดยอดประจำวันได้</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>พิมพ์ %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::LoginDialog</name>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk ถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>ใครอยู่ที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (เจ้าของร้าน)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>PayDesk locked itself after a while without use. Sign in to go on.</source>
        <translation>PayDesk ล็อกตัวเองหลังจากไม่มีการใช้งานสักพัก เข้าสู่ระบบเพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>กำลังตรวจสอบ PIN…</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::MainWindow</name>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>SANDBOX — payments here are tests; no real money moves.</source>
        <translation>โหมดทดสอบ — การชำระเงินในโหมดนี้เป็นการทดสอบ ไม่มีการใช้เงินจริง</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>คำสั่งซื้อทั้งหมด</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Search order, LINE Pay id, customer, item</source>
        <translation>ค้นหาคำสั่งซื้อ รหัส LINE Pay ลูกค้า หรือสินค้า</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>คำสั่งซื้อใหม่…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>ส่งคำขอชำระเงิน</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>เปิดหน้าชำระเงิน</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>แสดง QR Code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>ยืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation>เรียกเก็บเงิน…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ยกเลิกการอนุมัติวงเงิน</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>คืนเงิน…</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>ตรวจสอบสถานะ</translation>
    </message>
    <message>
        <source>Refresh from LINE Pay</source>
        <translation>รีเฟรชจาก LINE Pay</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an order, or create one with &lt;b&gt;New order&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;เลือกคำสั่งซื้อ หรือสร้างใหม่ด้วยปุ่ม &lt;b&gt;คำสั่งซื้อใหม่&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Another PayDesk (%1, process %2 on %3) is working on this payment; its actions are disabled until it has finished.</source>
        <translation>PayDesk อีกตัว (%1, โปรเซส %2 บน %3) กำลังดำเนินการกับการชำระเงินนี้ จึงปิดปุ่มคำสั่งของรายการนี้ไว้จนกว่าจะเสร็จ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>LINE Pay orderId: %1</source>
        <translation>เลขที่คำสั่งซื้อ LINE Pay (orderId): %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>เลขที่ธุรกรรม: %1</translation>
    </message>
    <message>
        <source>Paid: %1, refunded: %2, still refundable: %3</source>
        <translation>ชำระแล้ว: %1  คืนเงินแล้ว: %2  คืนได้อีก: %3</translation>
    </message>
    <message>
        <source>Authorization expires in %1 h %2 min (%3)</source>
        <translation>การอนุมัติวงเงินจะหมดอายุในอีก %1 ชม. %2 นาที (%3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Nothing has been refunded yet.</source>
        <translation>ยังไม่มีการคืนเงิน</translation>
    </message>
    <message>
        <source>Refunded before: %1</source>
        <translation>คืนเงินไปแล้วก่อนหน้านี้: %1</translation>
    </message>
    <message>
        <source>The authorization expires on %1.</source>
        <translation>การอนุมัติวงเงินจะหมดอายุเมื่อ %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 เมื่อ %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>คัดลอกลิงก์ชำระเงิน</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>การชำระเงิน (&amp;P)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>No browser could be opened. Let the customer scan the QR code, or open this link: %1</source>
        <translation>เปิดเบราว์เซอร์ไม่ได้ ให้ลูกค้าสแกน QR Code หรือเปิดลิงก์นี้: %1</translation>
    </message>
    <message>
        <source>The payment link of %1 is copied.</source>
        <translation>คัดลอกลิงก์ชำระเงินของ %1 แล้ว</translation>
    </message>
    <message>
        <source>net paid %1</source>
        <translation>รับสุทธิ %1</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>คำสั่งซื้อ %1 ตอนนี้อยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>สร้างคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>ส่งคำขอชำระเงิน</translation>
    </message>
    <message>
        <source>Payment request refused</source>
        <translation>คำขอชำระเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Payment request not sent</source>
        <translation>ไม่ได้ส่งคำขอชำระเงิน</translation>
    </message>
    <message>
        <source>Payment request, outcome unknown</source>
        <translation>ส่งคำขอชำระเงิน (ไม่ทราบผล)</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>ยืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>Confirmation refused</source>
        <translation>การยืนยันการชำระเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Confirmation not sent</source>
        <translation>ไม่ได้ส่งการยืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>Confirmation, outcome unknown</source>
        <translation>ยืนยันการชำระเงิน (ไม่ทราบผล)</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>เรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Capture refused</source>
        <translation>การเรียกเก็บเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Capture not sent</source>
        <translation>ไม่ได้ส่งการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Capture, outcome unknown</source>
        <translation>เรียกเก็บเงิน (ไม่ทราบผล)</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>ยกเลิกการอนุมัติวงเงินแล้ว</translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation>การยกเลิกการอนุมัติวงเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Void not sent</source>
        <translation>ไม่ได้ส่งการยกเลิกการอนุมัติวงเงิน</translation>
    </message>
    <message>
        <source>Void, outcome unknown</source>
        <translation>ยกเลิกการอนุมัติวงเงิน (ไม่ทราบผล)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Refund refused</source>
        <translation>การคืนเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Refund not sent</source>
        <translation>ไม่ได้ส่งการคืนเงิน</translation>
    </message>
    <message>
        <source>Refund, outcome unknown</source>
        <translation>คืนเงิน (ไม่ทราบผล)</translation>
    </message>
    <message>
        <source>Status from LINE Pay</source>
        <translation>สถานะจาก LINE Pay</translation>
    </message>
    <message>
        <source>Details from LINE Pay</source>
        <translation>รายละเอียดจาก LINE Pay</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>การกู้คืน</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>ค้นหาคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>สร้างตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>Created up to</source>
        <translation>สร้างถึงวันที่</translation>
    </message>
    <message>
        <source>Filter by the day created</source>
        <translation>กรองตามวันที่สร้าง</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>รายละเอียดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Show the orders created today</source>
        <translation>แสดงคำสั่งซื้อที่สร้างวันนี้</translation>
    </message>
    <message>
        <source>Approved but not confirmed, authorization expiring within 24 hours, or outcome unknown</source>
        <translation>ลูกค้าอนุมัติแล้วแต่ร้านยังไม่ยืนยันการชำระเงิน หรือการอนุมัติวงเงินจะหมดอายุภายใน 24 ชั่วโมง หรือไม่ทราบผล</translation>
    </message>
    <message>
        <source>captured %1, refunded %2, net %3</source>
        <translation>เรียกเก็บเงิน %1  คืนเงิน %2  สุทธิ %3</translation>
    </message>
    <message>
        <source>nothing captured or refunded yet</source>
        <translation>ยังไม่มีการเรียกเก็บเงินหรือคืนเงิน</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>วันนี้: %1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>ต้องดำเนินการ: %1</translation>
    </message>
    <message>
        <source>Pay order %1 with LINE Pay</source>
        <translation>ชำระเงินค่าคำสั่งซื้อ %1 ผ่าน LINE Pay</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The authorization expired on %1; it can no longer be captured.</source>
        <translation>การอนุมัติวงเงินหมดอายุเมื่อ %1 ไม่สามารถเรียกเก็บเงินได้อีก</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1 Keep this database for inspection and restore the latest backup; paydesk-cli audit verify repeats the check.</source>
        <translation>บันทึกการตรวจสอบถูกแก้ไขโดยไม่ได้รับอนุญาต %1 กรุณาเก็บฐานข้อมูลนี้ไว้ตรวจสอบ และกู้คืนข้อมูลสำรองล่าสุด ใช้ paydesk-cli audit verify เพื่อตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Stop taking payments here and restore the latest backup with paydesk-cli restore.</source>
        <translation>ฐานข้อมูลเสียหาย (%1) กรุณาหยุดรับชำระเงินที่นี่ และกู้คืนข้อมูลสำรองล่าสุดด้วย paydesk-cli restore</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>การสำรองข้อมูลอัตโนมัติของวันนี้ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>Reconcile with LINE Pay…</source>
        <translation>กระทบยอดกับ LINE Pay…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs (*.csv)</source>
        <translation>CSV สำหรับโปรแกรมตารางคำนวณ (*.csv)</translation>
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
        <translation>ส่งออกคำสั่งซื้อที่แสดงอยู่</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Exporting the orders…</source>
        <translation>กำลังส่งออกคำสั่งซื้อ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>Day close…</source>
        <translation>ปิดยอดประจำวัน…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>ใบเสร็จรับเงิน…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>รายชื่อพนักงาน…</translation>
    </message>
    <message>
        <source>At the counter: %1 (owner)</source>
        <translation>ประจำเคาน์เตอร์: %1 (เจ้าของร้าน)</translation>
    </message>
    <message>
        <source>At the counter: %1 (clerk)</source>
        <translation>ประจำเคาน์เตอร์: %1 (พนักงาน)</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN</source>
        <translation>PIN ของเจ้าของร้าน</translation>
    </message>
    <message>
        <source>Voiding this authorization needs the owner. Owner, type your PIN:</source>
        <translation>การยกเลิกการอนุมัติวงเงินนี้ต้องให้เจ้าของร้านยืนยัน เจ้าของร้านกรุณาพิมพ์ PIN:</translation>
    </message>
    <message>
        <source>This refund needs the owner. Owner, type your PIN:</source>
        <translation>การคืนเงินนี้ต้องให้เจ้าของร้านยืนยัน เจ้าของร้านกรุณาพิมพ์ PIN:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s PIN…</source>
        <translation>กำลังตรวจสอบ PIN ของเจ้าของร้าน…</translation>
    </message>
    <message>
        <source>The owner approved.</source>
        <translation>เจ้าของร้านอนุมัติแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>คำสั่งซื้อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกคำสั่งซื้อ %Ln รายการไปยัง %1 แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::NewOrderDialog</name>
    <message>
        <source>Authorize only (capture later)</source>
        <translation>อนุมัติวงเงินเท่านั้น (เรียกเก็บเงินภายหลัง)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>คำสั่งซื้อใหม่</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>เพิ่มสินค้า</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>ลบสินค้า</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>ส่งคำขอชำระเงิน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Row %1: the quantity must be a whole number of at least 1.</source>
        <translation>แถวที่ %1: จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>ยอดรวม: %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>ยอดรวม: —</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::Notifier</name>
    <message>
        <source>Customer approved</source>
        <translation>ลูกค้าอนุมัติแล้ว</translation>
    </message>
    <message>
        <source>%1: the customer approved %2 in LINE Pay.</source>
        <translation>%1: ลูกค้าอนุมัติ %2 ใน LINE Pay แล้ว</translation>
    </message>
    <message>
        <source>Payment in doubt</source>
        <translation>การชำระเงินไม่ทราบผล</translation>
    </message>
    <message>
        <source>%1: PayDesk could not learn whether LINE Pay completed the last call. It asks again on its own; open the order to see it.</source>
        <translation>%1: PayDesk ไม่ทราบว่า LINE Pay ทำรายการล่าสุดสำเร็จหรือไม่ ระบบจะถามอีกครั้งเอง เปิดคำสั่งซื้อเพื่อดู</translation>
    </message>
    <message>
        <source>Authorization expires soon</source>
        <translation>การอนุมัติวงเงินใกล้หมดอายุ</translation>
    </message>
    <message>
        <source>%1: the authorization expires %2. Capture it before then, or void it.</source>
        <translation>%1: การอนุมัติวงเงินจะหมดอายุ %2 เรียกเก็บเงินก่อนเวลานั้น หรือยกเลิกการอนุมัติวงเงิน</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::OrdersModel</name>
    <message>
        <source>In progress elsewhere</source>
        <translation>กำลังดำเนินการที่อื่น</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::ReceiptDialog</name>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Receipt of %1</source>
        <translation>ใบเสร็จรับเงินของคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <source>Refund slip: %1 on %2</source>
        <translation>ใบคืนเงิน: %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>กระดาษม้วน 80 มม.</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>กระดาษม้วน 58 มม.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>เอกสาร (&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>กระดาษ (&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::ReconcileDialog</name>
    <message>
        <source>Compare</source>
        <translation>เริ่มกระทบยอด</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>บันทึกเป็น CSV…</translation>
    </message>
    <message>
        <source>Reconcile with LINE Pay</source>
        <translation>กระทบยอดกับ LINE Pay</translation>
    </message>
    <message>
        <source>Payments changed since</source>
        <translation>การชำระเงินที่เปลี่ยนตั้งแต่</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>PayDesk asks LINE Pay for the details of every confirmed payment changed since the day below, follows what LINE Pay changed (an authorization that expired, a refund made in the merchant center) and lists every difference.</source>
        <translation>PayDesk จะขอรายละเอียดจาก LINE Pay สำหรับการชำระเงินที่ยืนยันแล้วทุกรายการที่เปลี่ยนตั้งแต่วันที่ด้านล่าง ปรับตามที่ LINE Pay เปลี่ยน (เช่น การอนุมัติวงเงินที่หมดอายุ หรือการคืนเงินที่ทำในศูนย์ร้านค้า) และแสดงความต่างทุกรายการ</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>ความต่าง</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ธุรกรรม</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>ในเครื่องนี้</translation>
    </message>
    <message>
        <source>LINE Pay</source>
        <translation>LINE Pay</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation>กำลังสอบถาม LINE Pay…</translation>
    </message>
    <message>
        <source>Updated as LINE Pay has it</source>
        <translation>ปรับตาม LINE Pay แล้ว</translation>
    </message>
    <message>
        <source>Left for you to check</source>
        <translation>รอคุณตรวจสอบ</translation>
    </message>
    <message>
        <source>Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to check.</source>
        <translation>กระทบยอดการชำระเงิน %1 รายการกับ LINE Pay ใน %2 ครั้ง: พบความต่าง %3 รายการ รอคุณตรวจสอบ %4 รายการ</translation>
    </message>
    <message>
        <source>%1 payment(s) another PayDesk was working on were left to it.</source>
        <translation>การชำระเงิน %1 รายการที่ PayDesk อีกเครื่องกำลังดำเนินการ ถูกปล่อยไว้ให้เครื่องนั้น</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>การกระทบยอดหยุดลง: %1</translation>
    </message>
    <message>
        <source>Save the differences</source>
        <translation>บันทึกความต่าง</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SalesChart</name>
    <message>
        <source>%1: net %2, refunded %3</source>
        <translation>%1: ยอดสุทธิ %2 คืนเงิน %3</translation>
    </message>
    <message>
        <source>Net sales and refunds of the last 30 days</source>
        <translation>ยอดขายสุทธิและการคืนเงินใน 30 วันล่าสุด</translation>
    </message>
    <message>
        <source>Net sales (green) and refunds (red), %1</source>
        <translation>ยอดขายสุทธิ (สีเขียว) และการคืนเงิน (สีแดง) สกุลเงิน %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SettingsDialog</name>
    <message>
        <source>Confirm automatically when the customer has approved</source>
        <translation>ยืนยันการชำระเงินอัตโนมัติเมื่อลูกค้าอนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Embedded sandbox (no real money)</source>
        <translation>โหมดทดสอบในตัว (ไม่ใช้เงินจริง)</translation>
    </message>
    <message>
        <source>LINE Pay sandbox</source>
        <translation>LINE Pay โหมดทดสอบ (Sandbox)</translation>
    </message>
    <message>
        <source>LINE Pay production</source>
        <translation>LINE Pay (ใช้งานจริง)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>สภาพแวดล้อม</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Channel ID</translation>
    </message>
    <message>
        <source>Channel secret</source>
        <translation>Channel Secret</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>A new environment or language takes effect at the next start.</source>
        <translation>สภาพแวดล้อมหรือภาษาที่เปลี่ยนใหม่จะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <source>No system keychain answered: the channel secret is kept in a file only you can read.</source>
        <translation>ไม่พบที่เก็บรหัสผ่านของระบบ (keychain) จึงเก็บ Channel Secret ไว้ในไฟล์ที่มีเพียงคุณเท่านั้นที่อ่านได้</translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation>กำลังสอบถาม LINE Pay…</translation>
    </message>
    <message>
        <source>The channel secret could not be saved.</source>
        <translation>บันทึก Channel Secret ไม่ได้</translation>
    </message>
    <message>
        <source>Thai dates with the Buddhist Era year (2569)</source>
        <translation>แสดงวันที่ภาษาไทยเป็นปีพุทธศักราช (2569)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Shop (printed on receipts and reports)</source>
        <translation>ร้านค้า (พิมพ์บนใบเสร็จและรายงาน)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อร้าน</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Rules for clerks</source>
        <translation>กฎสำหรับพนักงาน</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>ล็อกเมื่อไม่มีการใช้งาน</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN for refunds and voids above, %1</source>
        <translation>คืนเงินและยกเลิกการอนุมัติวงเงินที่เกินจำนวนนี้ต้องใช้ PIN ของเจ้าของร้าน (%1)</translation>
    </message>
    <message>
        <source>The owner&apos;s amount for %1: %2</source>
        <translation>จำนวนเงินที่ต้องใช้ PIN ของเจ้าของร้าน (%1): %2</translation>
    </message>
    <message>
        <source>it cannot be below zero.</source>
        <translation>ต้องไม่ต่ำกว่าศูนย์</translation>
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
        <translation>PIN อีกครั้ง</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Change the PIN of the one selected</source>
        <translation>เปลี่ยน PIN ของคนที่เลือก</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>รายชื่อพนักงาน</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>เจ้าของร้าน</translation>
    </message>
    <message>
        <source>A person, or a new PIN</source>
        <translation>เพิ่มคน หรือตั้ง PIN ใหม่</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>บทบาท (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>PIN (4 ถึง 12 หลัก) (&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN อีกครั้ง (&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Clerks take payments and refunds up to the owner&apos;s amount (Settings); above it, and to close the day, they need the owner.</source>
        <translation>พนักงานรับชำระเงินและคืนเงินได้ไม่เกินจำนวนที่เจ้าของร้านกำหนด (ในการตั้งค่า) หากเกินจำนวนนั้น หรือจะปิดยอดประจำวัน ต้องให้เจ้าของร้านยืนยัน</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (เจ้าของร้าน)</translation>
    </message>
    <message>
        <source>%1 (clerk)</source>
        <translation>%1 (พนักงาน)</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN ทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>เพิ่ม %1 แล้ว</translation>
    </message>
    <message>
        <source>Select the person whose PIN changes.</source>
        <translation>เลือกคนที่จะเปลี่ยน PIN</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>เปลี่ยน PIN ของ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::WaitingPanel</name>
    <message>
        <source>Scan with LINE to pay</source>
        <translation>สแกนด้วย LINE เพื่อชำระเงิน</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>QR Code ของหน้าชำระเงิน</translation>
    </message>
    <message>
        <source>Amount to pay: %1</source>
        <translation>ยอดที่ต้องชำระ: %1</translation>
    </message>
    <message>
        <source>%1 left to pay</source>
        <translation>เหลือเวลาชำระเงิน %1</translation>
    </message>
    <message>
        <source>The 20 minutes to pay are over. Request the payment again if the customer still wants to pay.</source>
        <translation>หมดเวลาชำระเงิน 20 นาทีแล้ว หากลูกค้ายังต้องการชำระเงิน กรุณาส่งคำขอชำระเงินใหม่</translation>
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
