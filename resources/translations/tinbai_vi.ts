<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountSection</name>
    <message>
        <source>Sending by email</source>
        <translation>Gửi bằng email</translation>
    </message>
    <message>
        <source>&amp;Practice mode: “send” only saves the email in the practice mailbox on this computer</source>
        <translation>Chế độ thực &amp;hành: “gửi” chỉ lưu email vào hộp thư tập trên máy này</translation>
    </message>
    <message>
        <source>Email &amp;provider</source>
        <translation>&amp;Nhà cung cấp email</translation>
    </message>
    <message>
        <source>Your email &amp;address</source>
        <translation>Địa chỉ email &amp;của bạn</translation>
    </message>
    <message>
        <source>Type it first: TinBài recognises the provider and how to sign in.</source>
        <translation>Nhập địa chỉ trước: TinBài sẽ nhận ra nhà cung cấp và cách đăng nhập.</translation>
    </message>
    <message>
        <source>Your &amp;name as the board sees it</source>
        <translation>Tên của bạn (Ban Biên tập sẽ thấ&amp;y)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (thường là cổng 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (thường là cổng 465)</translation>
    </message>
    <message>
        <source>Outgoing mail &amp;server</source>
        <translation>Máy &amp;chủ gửi thư</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Cổ&amp;ng</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>&amp;Bảo mật</translation>
    </message>
    <message>
        <source>Pass&amp;word (app password for Gmail and Yahoo)</source>
        <translation>&amp;Mật khẩu (mật khẩu ứng dụng với Gmail và Yahoo)</translation>
    </message>
    <message>
        <source>Sa&amp;ve the account</source>
        <translation>&amp;Lưu tài khoản</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Connects and logs in with what is typed above; nothing is sent and nothing is saved.</source>
        <translation>Kết nối và đăng nhập bằng những gì đã nhập ở trên; không gửi gì và không lưu gì.</translation>
    </message>
    <message>
        <source>Import a mail &amp;providers file…</source>
        <translation>Nhập tệp &amp;nhà cung cấp thư…</translation>
    </message>
    <message>
        <source>The federation&apos;s file brings the sign-in registrations (and its own mail servers). A file with mistakes is refused and the providers in use stay.</source>
        <translation>Tệp của Liên đoàn mang theo các đăng ký đăng nhập (và máy chủ thư riêng của Liên đoàn). Tệp có lỗi sẽ bị từ chối và các nhà cung cấp đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Đang kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Sto&amp;p the test</source>
        <translation>&amp;Dừng kiểm tra</translation>
    </message>
    <message>
        <source>Import a mail providers file</source>
        <translation>Nhập tệp nhà cung cấp thư</translation>
    </message>
    <message>
        <source>Mail providers files (*.json);;All files (*)</source>
        <translation>Tệp nhà cung cấp thư (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The mail providers file is in use.</source>
        <translation>Đang dùng tệp nhà cung cấp thư mới.</translation>
    </message>
    <message>
        <source>kept safely in the Windows Credential Manager</source>
        <translation>đã lưu an toàn trong Windows Credential Manager</translation>
    </message>
    <message>
        <source>kept safely in this computer&apos;s keychain</source>
        <translation>đã lưu an toàn trong kho mật khẩu của máy này</translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation>Đăng nhập bằng {provider}</translation>
    </message>
    <message>
        <source>Signed in as {address}: no password is needed.</source>
        <translation>Đã đăng nhập với {address}: không cần mật khẩu.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Chế độ thực hành</translation>
    </message>
    <message>
        <source>The account is saved. Practice mode is still on: “Send” only saves emails in the practice mailbox on this computer.

Send items to the board for real from now on?</source>
        <translation>Đã lưu tài khoản. Chế độ thực hành vẫn đang bật: “Gửi” chỉ lưu email vào hộp thư tập trên máy này.

Từ bây giờ gửi tin, bài thật cho Ban Biên tập?</translation>
    </message>
    <message>
        <source>&amp;Send for real from now on</source>
        <translation>&amp;Gửi thật từ bây giờ</translation>
    </message>
    <message>
        <source>&amp;Keep practising</source>
        <translation>&amp;Tiếp tục thực hành</translation>
    </message>
    <message>
        <source>Practice mode is off: “Send” now delivers items to the board.</source>
        <translation>Đã tắt chế độ thực hành: từ giờ “Gửi” sẽ gửi tin, bài cho Ban Biên tập.</translation>
    </message>
    <message>
        <source>the server name</source>
        <translation>tên máy chủ</translation>
    </message>
    <message>
        <source>the port</source>
        <translation>cổng</translation>
    </message>
    <message>
        <source>the security choice</source>
        <translation>kiểu bảo mật</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>địa chỉ email</translation>
    </message>
    <message>
        <source>the trusted certificate</source>
        <translation>chứng chỉ được tin cậy</translation>
    </message>
    <message>
        <source>Check {fields}.</source>
        <translation>Hãy kiểm tra lại: {fields}.</translation>
    </message>
    <message>
        <source>Use an &amp;app password instead</source>
        <translation>Dùng &amp;mật khẩu ứng dụng thay thế</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened, then come back here.</source>
        <translation>Hãy đăng nhập trong cửa sổ trình duyệt vừa mở, rồi quay lại đây.</translation>
    </message>
    <message>
        <source>Type the app password below, then save the account.</source>
        <translation>Nhập mật khẩu ứng dụng vào ô dưới đây, rồi lưu tài khoản.</translation>
    </message>
    <message>
        <source>Signed in. TinBài can send from {address} without a password.</source>
        <translation>Đã đăng nhập. TinBài có thể gửi thư từ {address} mà không cần mật khẩu.</translation>
    </message>
    <message>
        <source>Signed in. This computer has no safe place for the sign-in, so it is kept only until TinBài closes.</source>
        <translation>Đã đăng nhập. Máy tính này không có nơi cất giữ an toàn cho việc đăng nhập, nên chỉ giữ đến khi đóng TinBài.</translation>
    </message>
    <message>
        <source>Saved. This computer has no safe place for passwords, so the password is kept only until TinBài closes; it will be asked again next time.</source>
        <translation>Đã lưu. Máy này không có nơi cất mật khẩu an toàn, nên mật khẩu chỉ được giữ đến khi đóng TinBài; lần sau sẽ hỏi lại.</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Đã lưu tài khoản.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Đang kết nối tới {host}…</translation>
    </message>
    <message>
        <source>The server {host} answers…</source>
        <translation>Máy chủ {host} đã trả lời…</translation>
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation>Đang bảo mật kết nối…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Logged in; closing the connection…</source>
        <translation>Đã đăng nhập; đang đóng kết nối…</translation>
    </message>
    <message>
        <source>The test was stopped. Nothing was saved or sent.</source>
        <translation>Đã dừng kiểm tra. Không có gì được lưu hay gửi đi.</translation>
    </message>
    <message>
        <source>The mail server {host} did not finish answering within {seconds} seconds, so the test stopped. Check the Internet connection, the server name and the port, then test again.</source>
        <translation>Máy chủ thư {host} không trả lời xong trong {seconds} giây nên việc kiểm tra đã dừng. Hãy kiểm tra kết nối Internet, tên máy chủ và cổng, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Press “Save the account” to keep it.</source>
        <translation>Bấm “Lưu tài khoản” để giữ lại.</translation>
    </message>
    <message>
        <source>Connected and logged in: TinBài can send from this account.</source>
        <translation>Đã kết nối và đăng nhập: TinBài gửi được thư từ tài khoản này.</translation>
    </message>
    <message>
        <source>The server answers and its identity is checked, but no password was given to log in.</source>
        <translation>Máy chủ trả lời và đã được xác minh, nhưng chưa có mật khẩu để đăng nhập.</translation>
    </message>
    <message>
        <source>&amp;Check the server&apos;s certificate…</source>
        <translation>&amp;Xem chứng chỉ của máy chủ…</translation>
    </message>
</context>
<context>
    <name>ApprovalStep</name>
    <message>
        <source>Approval</source>
        <translation>Kiểm duyệt</translation>
    </message>
    <message>
        <source>The unit&apos;s leadership (the union&apos;s executive committee) approves the content before it is sent and is responsible for it. Record who approved it.</source>
        <translation>Lãnh đạo đơn vị (Ban Chấp hành công đoàn) kiểm duyệt nội dung trước khi gửi và chịu trách nhiệm về nội dung. Hãy ghi lại người đã duyệt.</translation>
    </message>
    <message>
        <source>For example: Chủ tịch Công đoàn cơ sở</source>
        <translation>Ví dụ: Chủ tịch Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>&amp;Name of the person who approved</source>
        <translation>Họ và tên người &amp;duyệt</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>Chức &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;I confirm that the unit&apos;s leadership approved the content of this item.</source>
        <translation>Tôi &amp;xác nhận lãnh đạo đơn vị đã duyệt nội dung tin, bài này.</translation>
    </message>
    <message>
        <source>The content changed after it was approved. Check it with the leadership and confirm again.</source>
        <translation>Nội dung đã thay đổi sau khi được duyệt. Hãy báo lại lãnh đạo và xác nhận lại.</translation>
    </message>
</context>
<context>
    <name>AuthorForm</name>
    <message>
        <source>— choose the bank —</source>
        <translation>— chọn ngân hàng —</translation>
    </message>
    <message>
        <source>4. &amp;Author</source>
        <translation>4. Tác &amp;giả</translation>
    </message>
    <message>
        <source>Full name, for example Nông Văn K.</source>
        <translation>Họ và tên đầy đủ, ví dụ: Nông Văn K.</translation>
    </message>
    <message>
        <source>5. &amp;Unit</source>
        <translation>5. Đơn &amp;vị công tác</translation>
    </message>
    <message>
        <source>The unit the author works for, for example Công đoàn cơ sở Phòng A.</source>
        <translation>Nơi tác giả công tác, ví dụ: Công đoàn cơ sở Phòng A.</translation>
    </message>
    <message>
        <source>6. &amp;Phone number</source>
        <translation>6. Số đ&amp;iện thoại</translation>
    </message>
    <message>
        <source>A mobile (10 digits) or a landline with its area code.</source>
        <translation>Số di động (10 chữ số) hoặc số cố định kèm mã vùng.</translation>
    </message>
    <message>
        <source>&amp;Bank of the account</source>
        <translation>&amp;Ngân hàng của tài khoản</translation>
    </message>
    <message>
        <source>The board pays the royalty to this account.</source>
        <translation>Ban Biên tập chuyển nhuận bút vào tài khoản này.</translation>
    </message>
    <message>
        <source>7. Author&apos;s &amp;account number</source>
        <translation>7. Số tài &amp;khoản của tác giả</translation>
    </message>
    <message>
        <source>8. Account &amp;holder</source>
        <translation>8. Tên chủ tài kh&amp;oản</translation>
    </message>
    <message>
        <source>As the bank writes it: {form}</source>
        <translation>Tên theo ngân hàng: {form}</translation>
    </message>
</context>
<context>
    <name>AuthorStep</name>
    <message>
        <source>Author and bank account</source>
        <translation>Tác giả và tài khoản</translation>
    </message>
    <message>
        <source>The board pays a royalty for published items to the author&apos;s bank account. Choose a saved author or type a new one.</source>
        <translation>Tin, bài được đăng sẽ được trả nhuận bút vào tài khoản ngân hàng của tác giả. Chọn tác giả đã lưu hoặc nhập người mới.</translation>
    </message>
    <message>
        <source>Saved &amp;authors</source>
        <translation>&amp;Chọn tác giả đã lưu</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>Chuyển sang &amp;Unicode</translation>
    </message>
    <message>
        <source>&amp;Update the saved author</source>
        <translation>Cậ&amp;p nhật tác giả đã lưu</translation>
    </message>
    <message>
        <source>&amp;Keep this person as a new saved author for next time</source>
        <translation>Lưu người này thành tác giả &amp;mới cho lần sau</translation>
    </message>
    <message>
        <source>Someone else (type below)</source>
        <translation>Người khác (nhập bên dưới)</translation>
    </message>
    <message>
        <source>These details differ from the saved author {name}. They are used for this item only; the saved author stays as it was unless you update it.</source>
        <translation>Thông tin này khác với tác giả đã lưu {name}. Thông tin này chỉ dùng cho tin, bài này; tác giả đã lưu giữ nguyên, trừ khi bạn cập nhật.</translation>
    </message>
    <message>
        <source>The saved author {name} is updated.</source>
        <translation>Đã cập nhật tác giả đã lưu {name}.</translation>
    </message>
    <message>
        <source>A name here looks typed in an old font (TCVN3 or VNI) and will be unreadable for the board. Convert it to Unicode?</source>
        <translation>Có tên ở đây có vẻ được gõ bằng phông chữ cũ (TCVN3 hoặc VNI) nên Ban Biên tập sẽ không đọc được. Chuyển sang Unicode?</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The folder {folder} has too long a path to keep the bundle in it. Choose a folder with a shorter path in Settings (for example directly in Documents), then build again.</source>
        <translation>Thư mục {folder} có đường dẫn quá dài, không lưu được bộ hồ sơ trong đó. Hãy chọn trong Cài đặt một thư mục có đường dẫn ngắn hơn (ví dụ ngay trong Documents), rồi tạo lại.</translation>
    </message>
    <message>
        <source>Photo {number} ({name}) has changed or is missing since it was added and checked. Remove it and add the original again.</source>
        <translation>Ảnh {number} ({name}) đã bị thay đổi hoặc bị mất kể từ khi được thêm và kiểm tra. Hãy bỏ ảnh này và thêm lại ảnh gốc.</translation>
    </message>
    <message>
        <source>The copy of photo {name} is not identical to the original: the disk may be failing. Try another folder.</source>
        <translation>Bản chép của ảnh {name} không giống hệt ảnh gốc: ổ đĩa có thể bị lỗi. Hãy thử thư mục khác.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another folder in Settings, then build again.</source>
        <translation>Ổ đĩa chứa {folder} đã đầy. Hãy giải phóng bớt dung lượng hoặc chọn thư mục khác trong Cài đặt, rồi tạo lại.</translation>
    </message>
    <message>
        <source>TinBài may not write in {folder}. Choose another folder in Settings (for example Documents), then build again.</source>
        <translation>TinBài không được phép ghi vào {folder}. Hãy chọn thư mục khác trong Cài đặt (ví dụ Documents), rồi tạo lại.</translation>
    </message>
    <message>
        <source>The bundle could not be written in {folder} ({error}). Check the disk or choose another folder.</source>
        <translation>Không ghi được bộ hồ sơ vào {folder} ({error}). Hãy kiểm tra ổ đĩa hoặc chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Windows does not know who issued this server&apos;s certificate. Trust it only if the people who run the server confirm that its fingerprint is exactly:</source>
        <translation>Windows không biết ai cấp chứng chỉ của máy chủ này. Chỉ tin cậy nếu người quản lý máy chủ xác nhận dấu vân tay của nó đúng như sau:</translation>
    </message>
    <message>
        <source>This computer does not know who issued this server&apos;s certificate. Trust it only if the people who run the server confirm that its fingerprint is exactly:</source>
        <translation>Máy tính này không biết ai cấp chứng chỉ của máy chủ này. Chỉ tin cậy nếu người quản lý máy chủ xác nhận dấu vân tay của nó đúng như sau:</translation>
    </message>
    <message>
        <source>Issued to: {subject}
Issued by: {issuer}</source>
        <translation>Cấp cho: {subject}
Cấp bởi: {issuer}</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>&amp;Tin cậy chứng chỉ này cho tài khoản này</translation>
    </message>
    <message>
        <source>&amp;Do not trust it</source>
        <translation>&amp;Không tin cậy</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>user data folder (default: $TINBAI_HOME or the system&apos;s folder)</source>
        <translation>thư mục dữ liệu (mặc định: $TINBAI_HOME hoặc thư mục của hệ thống)</translation>
    </message>
    <message>
        <source>TinBài: write, check and send news to the editorial board.</source>
        <translation>TinBài: viết, kiểm tra và gửi tin, bài cho Ban Biên tập.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>{option} needs a value.</source>
        <translation>{option} cần có giá trị đi kèm.</translation>
    </message>
    <message>
        <source>create or list drafts</source>
        <translation>tạo hoặc liệt kê bản nháp</translation>
    </message>
    <message>
        <source>create a draft from a JSON file</source>
        <translation>tạo bản nháp từ tệp JSON</translation>
    </message>
    <message>
        <source>JSON file with the fields and photos (&apos;-&apos;: stdin)</source>
        <translation>tệp JSON chứa các mục và ảnh (&apos;-&apos;: đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>list the drafts</source>
        <translation>liệt kê các bản nháp</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in ra dạng JSON</translation>
    </message>
    <message>
        <source>read an article&apos;s title and text from a .docx or .txt file</source>
        <translation>đọc tít và nội dung bài viết từ tệp .docx hoặc .txt</translation>
    </message>
    <message>
        <source>build the bundle folder of a draft</source>
        <translation>tạo thư mục bộ hồ sơ của một bản nháp</translation>
    </message>
    <message>
        <source>base folder (default: the one in the settings, else Documents/TinBai)</source>
        <translation>thư mục gốc (mặc định: thư mục trong Cài đặt, nếu không có thì Documents/TinBai)</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({error}).</source>
        <translation>Không đọc được tệp {file} ({error}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid JSON ({error}).</source>
        <translation>Tệp {file} không phải JSON hợp lệ ({error}).</translation>
    </message>
    <message>
        <source>The JSON must be an object with the submission&apos;s fields.</source>
        <translation>JSON phải là một đối tượng chứa các mục của tin, bài.</translation>
    </message>
    <message>
        <source>Unknown bank {bank}: give its BIN (970436), code (VCB) or short name (Vietcombank).</source>
        <translation>Không biết ngân hàng {bank}: hãy ghi mã BIN (970436), mã viết tắt (VCB) hoặc tên ngắn (Vietcombank).</translation>
    </message>
    <message>
        <source>&apos;photos&apos; must be a list of {&quot;path&quot;, &quot;caption&quot;}.</source>
        <translation>&apos;photos&apos; phải là danh sách các {&quot;path&quot;, &quot;caption&quot;}.</translation>
    </message>
    <message>
        <source>Photo {number}: give its &apos;path&apos;.</source>
        <translation>Ảnh {number}: hãy ghi &apos;path&apos; (đường dẫn tệp).</translation>
    </message>
    <message>
        <source>There is no draft {id}.</source>
        <translation>Không có bản nháp {id}.</translation>
    </message>
    <message>
        <source>check that photos are originals (not compressed, not edited)</source>
        <translation>kiểm tra ảnh có phải ảnh gốc không (không nén, không chỉnh sửa)</translation>
    </message>
    <message>
        <source>Check that photos are the files the phone or camera made. The photos are only read, never changed.</source>
        <translation>Kiểm tra ảnh có đúng là tệp do điện thoại hoặc máy ảnh tạo ra không. Ảnh chỉ được đọc, không bao giờ bị thay đổi.</translation>
    </message>
    <message>
        <source>photo files or folders (searched recursively)</source>
        <translation>tệp ảnh hoặc thư mục (tìm cả trong các thư mục con)</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>in kết quả dạng JSON</translation>
    </message>
    <message>
        <source>number of processes checking files at the same time (default: one per processor core)</source>
        <translation>số tiến trình kiểm tra tệp cùng lúc (mặc định: mỗi lõi xử lý một tiến trình)</translation>
    </message>
    <message>
        <source>No such file or folder: {path}</source>
        <translation>Không có tệp hoặc thư mục: {path}</translation>
    </message>
    <message>
        <source>Give at least one photo file or folder.</source>
        <translation>Hãy chỉ ra ít nhất một tệp ảnh hoặc thư mục.</translation>
    </message>
    <message>
        <source>The number of workers must be at least 1.</source>
        <translation>Số tệp kiểm tra cùng lúc phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>No photo files found.</source>
        <translation>Không tìm thấy tệp ảnh nào.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Lý do chính</translation>
    </message>
    <message>
        <source>{total} photos: {ok} original, {review} need a look, {reject} not original, {error} could not be checked.</source>
        <translation>{total} ảnh: {ok} ảnh gốc, {review} cần xem lại, {reject} không phải ảnh gốc, {error} không kiểm tra được.</translation>
    </message>
    <message>
        <source>the email account to send from</source>
        <translation>tài khoản email dùng để gửi</translation>
    </message>
    <message>
        <source>set the sending account</source>
        <translation>đặt tài khoản gửi</translation>
    </message>
    <message>
        <source>the mail provider: gmail, m365, outlook, yahoo, custom, or one from the federation&apos;s providers file</source>
        <translation>nhà cung cấp thư: gmail, m365, outlook, yahoo, custom, hoặc một nhà cung cấp trong tệp nhà cung cấp thư của Liên đoàn</translation>
    </message>
    <message>
        <source>login name (usually the address)</source>
        <translation>tên đăng nhập (thường là địa chỉ email)</translation>
    </message>
    <message>
        <source>your name as the board sees it</source>
        <translation>tên của bạn như Ban Biên tập sẽ thấy</translation>
    </message>
    <message>
        <source>a private CA file to trust</source>
        <translation>tệp CA riêng cần tin cậy</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a certificate to trust for this account</source>
        <translation>dấu vân tay SHA-256 của chứng chỉ được tin cậy cho tài khoản này</translation>
    </message>
    <message>
        <source>read the password from standard input and keep it in the system keychain</source>
        <translation>đọc mật khẩu từ đầu vào chuẩn và cất vào kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>sign in with the provider in the browser instead of a password</source>
        <translation>đăng nhập bằng nhà cung cấp trong trình duyệt thay cho mật khẩu</translation>
    </message>
    <message>
        <source>with --oauth: print the sign-in address as JSON instead of opening a browser, and wait (5 minutes at most) for the sign-in to finish</source>
        <translation>dùng cùng --oauth: in địa chỉ đăng nhập dưới dạng JSON thay vì mở trình duyệt, rồi chờ (tối đa 5 phút) cho đến khi đăng nhập xong</translation>
    </message>
    <message>
        <source>log in without sending</source>
        <translation>đăng nhập thử, không gửi thư</translation>
    </message>
    <message>
        <source>print the account (no password)</source>
        <translation>in thông tin tài khoản (không có mật khẩu)</translation>
    </message>
    <message>
        <source>validate a draft, build its bundle and messages, put them in the outbox</source>
        <translation>kiểm tra bản nháp, tạo bộ hồ sơ và thư, đưa vào hộp thư đi</translation>
    </message>
    <message>
        <source>queue an item that was already sent (only if the board asked)</source>
        <translation>đưa lại tin, bài đã gửi vào hộp thư đi (chỉ khi Ban Biên tập yêu cầu)</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>hộp thư đi</translation>
    </message>
    <message>
        <source>list the outbox</source>
        <translation>liệt kê hộp thư đi</translation>
    </message>
    <message>
        <source>include sent ones</source>
        <translation>gồm cả thư đã gửi</translation>
    </message>
    <message>
        <source>send what is due</source>
        <translation>gửi các thư đến lượt</translation>
    </message>
    <message>
        <source>try a message again now</source>
        <translation>thử gửi lại một thư ngay</translation>
    </message>
    <message>
        <source>cancel a message that was not sent</source>
        <translation>huỷ một thư chưa gửi</translation>
    </message>
    <message>
        <source>a message in doubt is in the Sent folder: mark it sent</source>
        <translation>thư chưa chắc đã đến có trong mục Đã gửi: đánh dấu là đã gửi</translation>
    </message>
    <message>
        <source>a message in doubt did not arrive: send it again</source>
        <translation>thư chưa chắc đã đến không có trong mục Đã gửi: gửi lại</translation>
    </message>
    <message>
        <source>the practice mailbox</source>
        <translation>hộp thư tập</translation>
    </message>
    <message>
        <source>list the practice mailbox</source>
        <translation>liệt kê hộp thư tập</translation>
    </message>
    <message>
        <source>--no-browser goes with --oauth.</source>
        <translation>--no-browser chỉ dùng cùng --oauth.</translation>
    </message>
    <message>
        <source>Choose --oauth or --password-stdin, not both.</source>
        <translation>Chọn --oauth hoặc --password-stdin, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Unknown provider “{id}”. The providers are: {ids}.</source>
        <translation>Không có nhà cung cấp “{id}”. Các nhà cung cấp là: {ids}.</translation>
    </message>
    <message>
        <source>Sign in with --oauth instead.</source>
        <translation>Hãy đăng nhập bằng --oauth.</translation>
    </message>
    <message>
        <source>Give --user (the email address to log in).</source>
        <translation>Hãy cho --user (địa chỉ email dùng để đăng nhập).</translation>
    </message>
    <message>
        <source>Give --preset NAME, or --host, --port, --security and --user.</source>
        <translation>Hãy cho --preset TÊN, hoặc --host, --port, --security và --user.</translation>
    </message>
    <message>
        <source>Signing in with --oauth needs --preset.</source>
        <translation>Đăng nhập bằng --oauth cần có --preset.</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Không có tệp: {path}</translation>
    </message>
    <message>
        <source>There is no system keychain here: the password was not kept. Give it with --password-stdin when sending.</source>
        <translation>Máy này không có kho mật khẩu của hệ thống: mật khẩu không được lưu. Hãy cho mật khẩu bằng --password-stdin khi gửi.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opens. If none opens, open this address:</source>
        <translation>Hãy đăng nhập trong cửa sổ trình duyệt sắp mở. Nếu không có cửa sổ nào mở ra, hãy mở địa chỉ này:</translation>
    </message>
    <message>
        <source>There is no system keychain here: the sign-in is kept only until this command ends.</source>
        <translation>Máy này không có kho khóa của hệ thống: việc đăng nhập chỉ được giữ đến khi lệnh này kết thúc.</translation>
    </message>
    <message>
        <source>No account yet: run `tinbai account set` first.</source>
        <translation>Chưa có tài khoản: hãy chạy `tinbai account set` trước.</translation>
    </message>
    <message>
        <source>No password: give it with --password-stdin, or store it with `tinbai account set ... --password-stdin`.</source>
        <translation>Chưa có mật khẩu: hãy cho bằng --password-stdin, hoặc lưu bằng `tinbai account set ... --password-stdin`.</translation>
    </message>
    <message>
        <source>Logged in. The account is ready to send.</source>
        <translation>Đã đăng nhập. Tài khoản sẵn sàng để gửi.</translation>
    </message>
    <message>
        <source>No single outbox message matches {id}.</source>
        <translation>Không có đúng một thư nào trong hộp thư đi khớp với {id}.</translation>
    </message>
    <message>
        <source>Not possible in the state “{state}”.</source>
        <translation>Không làm được khi thư đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>the unit&apos;s quota for the period</source>
        <translation>chỉ tiêu tin, bài của đơn vị trong kỳ</translation>
    </message>
    <message>
        <source>the day to look from (default: today)</source>
        <translation>ngày tính (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>every item sent</source>
        <translation>mọi tin, bài đã gửi</translation>
    </message>
    <message>
        <source>the unit&apos;s list for a period, in the shape of the board&apos;s quarterly list</source>
        <translation>danh sách tin, bài của đơn vị trong một kỳ, theo mẫu danh sách hằng quý của Ban Biên tập</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write YYYY-MM-DD.</source>
        <translation>“{text}” không phải ngày: hãy viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Set it with `tinbai settings set unit-level LEVEL`.</source>
        <translation>Hãy đặt bằng `tinbai settings set unit-level CẤP`.</translation>
    </message>
    <message>
        <source>read or change settings</source>
        <translation>xem hoặc thay đổi cài đặt</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>thay đổi một cài đặt</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>xem một cài đặt</translation>
    </message>
    <message>
        <source>Unknown level “{value}”. The levels are: {levels}.</source>
        <translation>Không có cấp “{value}”. Các cấp là: {levels}.</translation>
    </message>
    <message>
        <source>Say on or off.</source>
        <translation>Hãy ghi on (bật) hoặc off (tắt).</translation>
    </message>
</context>
<context>
    <name>ContentStep</name>
    <message>
        <source>Title and text</source>
        <translation>Tít và nội dung</translation>
    </message>
    <message>
        <source>For example: Công đoàn cơ sở phòng A tặng quà đoàn viên có hoàn cảnh khó khăn</source>
        <translation>Ví dụ: Công đoàn cơ sở phòng A tặng quà đoàn viên có hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>1. &amp;Title of the item</source>
        <translation>1. Tít tin, &amp;bài</translation>
    </message>
    <message>
        <source>2. Te&amp;xt of the item</source>
        <translation>2. &amp;Nội dung bài viết</translation>
    </message>
    <message>
        <source>The whole text of the news item or article. Paste it, type it, or import it from a Word (.docx) or text file.</source>
        <translation>Toàn bộ nội dung tin, bài. Dán vào, gõ trực tiếp, hoặc nhập từ tệp Word (.docx) hay tệp văn bản.</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Nhập từ tệ&amp;p…</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>Chuyển sang &amp;Unicode</translation>
    </message>
    <message>
        <source>Part of this text looks typed in an old font ({encoding}) and will be unreadable for the board. Convert it to Unicode?</source>
        <translation>Một phần văn bản có vẻ được gõ bằng phông chữ cũ ({encoding}) nên Ban Biên tập sẽ không đọc được. Chuyển sang Unicode?</translation>
    </message>
    <message>
        <source>Converted to Unicode. Press Ctrl+Z in a field to undo.</source>
        <translation>Đã chuyển sang Unicode. Bấm Ctrl+Z trong ô để hoàn tác.</translation>
    </message>
    <message>
        <source>Import the text</source>
        <translation>Nhập nội dung</translation>
    </message>
    <message>
        <source>Word or text files (*.docx *.txt);;All files (*)</source>
        <translation>Tệp Word hoặc văn bản (*.docx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Replace the text you already have with the imported text?</source>
        <translation>Thay nội dung đang có bằng nội dung vừa nhập?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Thay</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ nội dung cũ</translation>
    </message>
    <message>
        <source>Text imported. Check it, then go on.</source>
        <translation>Đã nhập nội dung. Hãy đọc lại rồi làm tiếp.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} ảnh</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 email</translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation>{count} email</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 từ</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} từ</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>một đoạn chữ</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>một số thập phân</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something unexpected went wrong. Your drafts are saved. If it happens again, copy the details and send them to whoever helps you with TinBài.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Các bản nháp của bạn vẫn được lưu. Nếu lỗi lặp lại, hãy chép thông tin chi tiết và gửi cho người hỗ trợ bạn dùng TinBài.</translation>
    </message>
    <message>
        <source>The details are also in {file}.</source>
        <translation>Thông tin chi tiết cũng được ghi trong {file}.</translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation>&amp;Chép thông tin lỗi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>Disk</name>
    <message>
        <source>The disk holding {folder} is full, so nothing was written. Free some space (empty the Recycle Bin, delete old files), then try again.</source>
        <translation>Ổ đĩa chứa {folder} đã đầy nên chưa ghi được gì. Hãy giải phóng bớt dung lượng (dọn Thùng rác, xoá các tệp cũ), rồi thử lại.</translation>
    </message>
    <message>
        <source>TinBài may not write in {folder}, so nothing was written. Check that the disk is not write-protected and that the folder belongs to you, then try again.</source>
        <translation>TinBài không được phép ghi vào {folder} nên chưa ghi được gì. Hãy kiểm tra ổ đĩa không bị khoá chống ghi và thư mục thuộc quyền của bạn, rồi thử lại.</translation>
    </message>
    <message>
        <source>{folder} could not be written ({error}). The disk may be failing or unplugged: check it, then try again.</source>
        <translation>Không ghi được vào {folder} ({error}). Ổ đĩa có thể bị hỏng hoặc đã bị rút ra: hãy kiểm tra, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít tin, bài</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>List of news items and articles</source>
        <translation>Danh sách tin, bài</translation>
    </message>
    <message>
        <source>List of news items and articles — {period}</source>
        <translation>Danh sách tin, bài — {period}</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: chưa ghi được {path}. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist; choose another place.</source>
        <translation>Thư mục chứa {path} không tồn tại; hãy chọn nơi lưu khác.</translation>
    </message>
    <message>
        <source>{path} cannot be written: if it is open in Excel, close it and try again, or choose another place.</source>
        <translation>Không ghi được {path}: nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại, hoặc chọn nơi lưu khác.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}).</source>
        <translation>Không ghi được {path} ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>The list of items sent in a period, in the shape of the board&apos;s quarterly list.</source>
        <translation>Danh sách tin, bài đã gửi trong một kỳ, theo mẫu danh sách hằng quý của Ban Biên tập.</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Kỳ</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Định dạng</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Huỷ</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Search title, author, unit…</source>
        <translation>Tìm theo tít, tác giả, đơn vị…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Tìm trong lịch sử</translation>
    </message>
    <message>
        <source>&amp;Sent between</source>
        <translation>&amp;Gửi trong khoảng</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Show &amp;practice items</source>
        <translation>Hiện cả tin, bài gửi &amp;tập</translation>
    </message>
    <message>
        <source>Items sent</source>
        <translation>Tin, bài đã gửi</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Chưa gửi tin, bài nào.</translation>
    </message>
    <message>
        <source>&amp;Mark as published…</source>
        <translation>Đánh dấu đã đăn&amp;g…</translation>
    </message>
    <message>
        <source>Open the &amp;bundle folder</source>
        <translation>Mở thư mục &amp;hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <source>Send it for &amp;real…</source>
        <translation>Gửi thật cho &amp;Ban Biên tập…</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>đã đăng {date}</translation>
    </message>
    <message>
        <source>No item to show: the items sent only in practice are hidden.</source>
        <translation>Không có tin, bài nào để hiện: các tin, bài chỉ gửi tập đang được ẩn.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>sent in practice only</source>
        <translation>mới gửi tập</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>đang chờ trong hộp thư đi</translation>
    </message>
    <message>
        <source>will be retried</source>
        <translation>sẽ gửi lại</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>cần xử lý</translation>
    </message>
    <message>
        <source>not sure it arrived</source>
        <translation>chưa chắc đã đến</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã huỷ</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Exported {count} items to {file}.</source>
        <translation>Đã xuất {count} tin, bài ra tệp {file}.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Write news for the editorial board</source>
        <translation>Viết tin, bài gửi Ban Biên tập</translation>
    </message>
    <message>
        <source>Each item follows the board&apos;s eight-field template, with original photos in a separate folder.</source>
        <translation>Mỗi tin, bài theo đúng mẫu 8 mục của Ban Biên tập, kèm ảnh gốc trong một thư mục riêng.</translation>
    </message>
    <message>
        <source>&amp;Finish the setup</source>
        <translation>&amp;Tiếp tục khai báo ban đầu</translation>
    </message>
    <message>
        <source>&amp;Write a new item</source>
        <translation>&amp;Viết tin, bài mới</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Đã hiểu</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Bản nháp</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>No drafts yet. Press “Write a new item” to begin.</source>
        <translation>Chưa có bản nháp nào. Bấm “Viết tin, bài mới” để bắt đầu.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <source>TinBài does not know your unit and its author yet, and every item needs them. Finish the setup first: what you typed there is kept.</source>
        <translation>TinBài chưa biết đơn vị và tác giả của bạn, mà tin, bài nào cũng cần có. Hãy khai báo xong trước đã: những gì bạn đã nhập vẫn được giữ.</translation>
    </message>
    <message>
        <source>Earlier this year: {periods}</source>
        <translation>Các kỳ trước trong năm: {periods}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(chưa có tít)</translation>
    </message>
    <message>
        <source>Last changed {date} · {filled}/{total} fields</source>
        <translation>Sửa lần cuối {date} · {filled}/{total} mục</translation>
    </message>
    <message>
        <source>sent in practice {date}</source>
        <translation>đã gửi tập {date}</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Đã xoá “{title}”.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name} is not a Word document TinBài can read (it may be an old .doc: open it in Word and save it as .docx).</source>
        <translation>{name} không phải tệp Word mà TinBài đọc được (có thể là tệp .doc cũ: hãy mở bằng Word và lưu lại dạng .docx).</translation>
    </message>
    <message>
        <source>The file {name} is no longer there.</source>
        <translation>Tệp {name} không còn ở đó nữa.</translation>
    </message>
    <message>
        <source>{name} holds {count} characters of text, more than an item can take ({limit}). Import only the article itself.</source>
        <translation>{name} có {count} ký tự, nhiều hơn mức một tin, bài được phép ({limit}). Chỉ nhập riêng bài viết.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it may be a device or a pipe): choose the document itself.</source>
        <translation>{name} không phải một tệp thông thường (có thể là thiết bị hoặc đường ống): hãy chọn đúng tệp văn bản.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({error}).</source>
        <translation>Không đọc được tệp {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} is too large for an article ({size}).</source>
        <translation>{name} quá lớn so với một bài viết ({size}).</translation>
    </message>
    <message>
        <source>{name} unpacks to far more text than an article has; it is not an ordinary Word document.</source>
        <translation>{name} khi giải nén cho ra nhiều chữ hơn hẳn một bài viết; đây không phải văn bản Word thông thường.</translation>
    </message>
    <message>
        <source>{name} is not a text file TinBài can read. Open it in the program that made it and save it as a Word document (.docx) or as plain text (.txt).</source>
        <translation>{name} không phải tệp văn bản mà TinBài đọc được. Hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng văn bản Word (.docx) hoặc văn bản thuần (.txt).</translation>
    </message>
    <message>
        <source>{name} is an old Word .doc file. Open it in Word, choose Save As, pick “Word Document (.docx)”, then import the new file.</source>
        <translation>{name} là tệp Word .doc cũ. Hãy mở bằng Word, chọn Save As (Lưu thành), chọn “Word Document (.docx)”, rồi nhập tệp mới.</translation>
    </message>
    <message>
        <source>TinBài can import .docx and .txt files; {name} is neither.</source>
        <translation>TinBài nhập được tệp .docx và .txt; {name} không thuộc loại nào trong hai loại này.</translation>
    </message>
    <message>
        <source>{name} has no text.</source>
        <translation>{name} không có chữ nào.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Gmail does not accept your usual password here: either sign in with Google in the browser, or use an app password. To make an app password: turn on 2-Step Verification (Google Account → Security → 2-Step Verification), then open Google Account → Security → 2-Step Verification → App passwords, create a password named TinBai and type its 16 letters here. The server is filled in for you (smtp.gmail.com, port 587 with STARTTLS; port 465 with TLS also works).</source>
        <translation>Gmail không nhận mật khẩu thông thường của bạn ở đây: hãy đăng nhập bằng Google trong trình duyệt, hoặc dùng mật khẩu ứng dụng. Cách tạo mật khẩu ứng dụng: bật Xác minh 2 bước (Tài khoản Google → Bảo mật → Xác minh 2 bước), rồi mở Tài khoản Google → Bảo mật → Xác minh 2 bước → Mật khẩu ứng dụng, tạo một mật khẩu đặt tên TinBai và nhập 16 chữ cái của nó vào đây. Máy chủ đã được điền sẵn (smtp.gmail.com, cổng 587 với STARTTLS; cổng 465 với TLS cũng dùng được).</translation>
    </message>
    <message>
        <source>For a work or school mailbox on Microsoft 365. Sign in with Microsoft in the browser; a password works only where your organisation still allows it (Microsoft turns password sending off by the end of December 2026). If sending is refused either way, ask your IT administrator to turn on &quot;Authenticated SMTP&quot; (SMTP AUTH) for your mailbox. The server is filled in for you (smtp.office365.com, port 587 with STARTTLS).</source>
        <translation>Dành cho hộp thư cơ quan hoặc trường học trên Microsoft 365. Hãy đăng nhập bằng Microsoft trong trình duyệt; mật khẩu chỉ dùng được khi cơ quan của bạn còn cho phép (Microsoft tắt việc gửi thư bằng mật khẩu vào cuối tháng 12/2026). Nếu cả hai cách đều bị từ chối, hãy nhờ quản trị viên CNTT bật &quot;Authenticated SMTP&quot; (SMTP AUTH) cho hộp thư của bạn. Máy chủ đã được điền sẵn (smtp.office365.com, cổng 587 với STARTTLS).</translation>
    </message>
    <message>
        <source>Personal Outlook.com, Hotmail and Live accounts work only by signing in with Microsoft in the browser: since 16 September 2024 Microsoft no longer lets programs like this one sign in with a password, not even an app password.</source>
        <translation>Tài khoản cá nhân Outlook.com, Hotmail và Live chỉ dùng được bằng cách đăng nhập bằng Microsoft trong trình duyệt: từ ngày 16/9/2024, Microsoft không cho các chương trình như TinBài đăng nhập bằng mật khẩu nữa, kể cả mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password, not your usual password. To make one: sign in to Yahoo, open Account security, choose Generate app password, name it TinBai and type the password it shows here. The server is filled in for you (smtp.mail.yahoo.com, port 465 with TLS; port 587 with STARTTLS also works).</source>
        <translation>Yahoo Mail cần mật khẩu ứng dụng, không dùng mật khẩu thông thường của bạn. Cách tạo: đăng nhập Yahoo, mở mục Bảo mật tài khoản, chọn Tạo mật khẩu ứng dụng, đặt tên là TinBai rồi nhập mật khẩu hiện ra vào đây. Máy chủ đã được điền sẵn (smtp.mail.yahoo.com, cổng 465 với TLS; cổng 587 với STARTTLS cũng dùng được).</translation>
    </message>
    <message>
        <source>Microsoft 365 (work or school account)</source>
        <translation>Microsoft 365 (tài khoản cơ quan hoặc trường học)</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail (personal account)</source>
        <translation>Outlook.com / Hotmail (tài khoản cá nhân)</translation>
    </message>
    <message>
        <source>Another mail server</source>
        <translation>Máy chủ thư khác</translation>
    </message>
    <message>
        <source>For any other mail provider or your organisation&apos;s own server. Ask the people who run it for the outgoing mail server name, the port and the security choice (usually port 587 with STARTTLS, or port 465 with TLS). If the server uses its own certificate, the program shows its fingerprint so you can check it with them before trusting it.</source>
        <translation>Dành cho nhà cung cấp thư khác hoặc máy chủ thư riêng của đơn vị. Hãy hỏi người quản lý máy chủ về tên máy chủ thư gửi đi, cổng và kiểu bảo mật (thường là cổng 587 với STARTTLS, hoặc cổng 465 với TLS). Nếu máy chủ dùng chứng chỉ riêng, chương trình sẽ hiện dấu vân tay của chứng chỉ để bạn đối chiếu với họ trước khi chọn tin cậy.</translation>
    </message>
    <message>
        <source>the mail provider</source>
        <translation>nhà cung cấp thư</translation>
    </message>
    <message>
        <source>The sign-in with {provider} has ended (it was withdrawn or has expired), so TinBài cannot send from this account until you sign in again.</source>
        <translation>Việc đăng nhập bằng {provider} đã hết hiệu lực (bị thu hồi hoặc đã hết hạn), nên TinBài không gửi được thư từ tài khoản này cho đến khi bạn đăng nhập lại.</translation>
    </message>
    <message>
        <source>The sign-in with {provider} was not finished: it was refused in the browser, or no answer came in time.</source>
        <translation>Việc đăng nhập bằng {provider} chưa xong: đã bị từ chối trong trình duyệt, hoặc không có trả lời kịp thời.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in, so TinBài did not use it.</source>
        <translation>Câu trả lời trình duyệt gửi về không thuộc lần đăng nhập này, nên TinBài không dùng nó.</translation>
    </message>
    <message>
        <source>The sign-in server of {provider} could not be reached.</source>
        <translation>Không kết nối được với máy chủ đăng nhập của {provider}.</translation>
    </message>
    <message>
        <source>Signing in with {provider} needs the federation&apos;s mail providers file, which this copy of TinBài does not have yet.</source>
        <translation>Đăng nhập bằng {provider} cần tệp nhà cung cấp thư của Liên đoàn, mà bản TinBài này chưa có.</translation>
    </message>
    <message>
        <source>{provider} refused TinBài&apos;s sign-in settings.</source>
        <translation>{provider} từ chối các thiết lập đăng nhập của TinBài.</translation>
    </message>
    <message>
        <source>Press “Sign in again…” and sign in in the browser. Nothing was lost: the emails wait in the outbox and go once you have signed in.</source>
        <translation>Hãy bấm “Đăng nhập lại…” và đăng nhập trong trình duyệt. Không có gì bị mất: thư vẫn chờ trong hộp thư đi và sẽ được gửi khi bạn đã đăng nhập.</translation>
    </message>
    <message>
        <source>Press the sign-in button again and finish the sign-in in the browser window that opens (within 5 minutes).</source>
        <translation>Hãy bấm lại nút đăng nhập và hoàn tất việc đăng nhập trong cửa sổ trình duyệt sẽ mở ra (trong vòng 5 phút).</translation>
    </message>
    <message>
        <source>Close the other sign-in pages in the browser and press the sign-in button again.</source>
        <translation>Hãy đóng các trang đăng nhập khác trong trình duyệt rồi bấm lại nút đăng nhập.</translation>
    </message>
    <message>
        <source>Check the Internet connection and try again. Emails in the outbox are tried again automatically.</source>
        <translation>Hãy kiểm tra kết nối Internet rồi thử lại. Thư trong hộp thư đi sẽ được tự động gửi lại.</translation>
    </message>
    <message>
        <source>Ask the federation for its mail providers file and import it in Settings, or use an app password instead (where the provider allows one).</source>
        <translation>Hãy xin Liên đoàn tệp nhà cung cấp thư và nhập tệp đó trong Cài đặt, hoặc dùng mật khẩu ứng dụng thay thế (nếu nhà cung cấp cho phép).</translation>
    </message>
    <message>
        <source>The mail providers file may be wrong or out of date: ask the federation for a new one, or use an app password instead.</source>
        <translation>Tệp nhà cung cấp thư có thể sai hoặc đã cũ: hãy xin Liên đoàn tệp mới, hoặc dùng mật khẩu ứng dụng thay thế.</translation>
    </message>
    <message>
        <source>The computer could not find the mail server {host}.</source>
        <translation>Máy tính không tìm thấy máy chủ thư {host}.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer.</source>
        <translation>Máy chủ thư {host} không trả lời.</translation>
    </message>
    <message>
        <source>The computer could not reach the mail server: it seems to be offline.</source>
        <translation>Máy tính không kết nối được tới máy chủ thư: có vẻ máy đang không có mạng.</translation>
    </message>
    <message>
        <source>The mail server {host} took too long to answer.</source>
        <translation>Máy chủ thư {host} trả lời quá lâu.</translation>
    </message>
    <message>
        <source>The connection was too slow, and sending stopped before the whole message had gone.</source>
        <translation>Kết nối quá chậm nên việc gửi đã dừng lại trước khi thư được gửi hết.</translation>
    </message>
    <message>
        <source>The connection to the mail server was cut before the message had been sent.</source>
        <translation>Kết nối tới máy chủ thư bị ngắt trước khi thư được gửi xong.</translation>
    </message>
    <message>
        <source>The sign-in server of the mail provider could not be reached to renew the sign-in.</source>
        <translation>Không kết nối được với máy chủ đăng nhập của nhà cung cấp thư để gia hạn việc đăng nhập.</translation>
    </message>
    <message>
        <source>The mail server is busy or has a temporary problem and did not take the message this time.</source>
        <translation>Máy chủ thư đang bận hoặc gặp trục trặc tạm thời nên lần này chưa nhận thư.</translation>
    </message>
    <message>
        <source>This mail server does not accept a login with a password.</source>
        <translation>Máy chủ thư này không cho đăng nhập bằng mật khẩu.</translation>
    </message>
    <message>
        <source>Gmail refused your usual password: for programs like TinBài it needs an app password, or signing in with Google.</source>
        <translation>Gmail từ chối mật khẩu thông thường của bạn: với các chương trình như TinBài, Gmail cần mật khẩu ứng dụng, hoặc đăng nhập bằng Google.</translation>
    </message>
    <message>
        <source>Gmail did not accept the app password: it is mistyped, or it was removed in your Google Account.</source>
        <translation>Gmail không nhận mật khẩu ứng dụng: có thể gõ sai, hoặc mật khẩu đã bị xóa trong Tài khoản Google của bạn.</translation>
    </message>
    <message>
        <source>Gmail wants you to sign in on its website once before programs may send from this account.</source>
        <translation>Gmail cần bạn đăng nhập một lần trên trang web của Gmail trước khi các chương trình được gửi thư từ tài khoản này.</translation>
    </message>
    <message>
        <source>Microsoft refused the login: sending from programs (SMTP AUTH) is switched off for your mailbox or your organisation.</source>
        <translation>Microsoft từ chối đăng nhập: việc gửi thư từ chương trình (SMTP AUTH) đã bị tắt cho hộp thư hoặc cơ quan của bạn.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts a password from programs for this mailbox: password login (&quot;basic authentication&quot;) is switched off.</source>
        <translation>Microsoft không còn nhận mật khẩu từ chương trình cho hộp thư này: đăng nhập bằng mật khẩu (&quot;basic authentication&quot;) đã bị tắt.</translation>
    </message>
    <message>
        <source>Yahoo refused the login: it takes only an app password from programs, and after several refusals it waits a while before it accepts one.</source>
        <translation>Yahoo từ chối đăng nhập: Yahoo chỉ nhận mật khẩu ứng dụng từ chương trình, và sau vài lần bị từ chối sẽ chờ một lúc mới nhận lại.</translation>
    </message>
    <message>
        <source>The sign-in with your mail provider has ended (it was withdrawn or has expired), so the email was not sent.</source>
        <translation>Việc đăng nhập với nhà cung cấp thư đã hết hiệu lực (bị thu hồi hoặc đã hết hạn), nên thư chưa được gửi.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in, even a freshly renewed one.</source>
        <translation>Máy chủ thư từ chối việc đăng nhập, kể cả sau khi vừa gia hạn.</translation>
    </message>
    <message>
        <source>This mail server does not accept signing in with the provider (XOAUTH2).</source>
        <translation>Máy chủ thư này không nhận đăng nhập bằng nhà cung cấp (XOAUTH2).</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail no longer accept passwords from programs like this one (since 16 September 2024): only signing in with Microsoft works.</source>
        <translation>Outlook.com và Hotmail không còn nhận mật khẩu từ các chương trình như TinBài (từ ngày 16/9/2024): chỉ đăng nhập bằng Microsoft là dùng được.</translation>
    </message>
    <message>
        <source>Gmail refused the password. Gmail needs an app password (16 letters) made after turning on 2-Step Verification, not your usual password.</source>
        <translation>Gmail không chấp nhận mật khẩu. Gmail cần mật khẩu ứng dụng (16 chữ cái) được tạo sau khi bật Xác minh 2 bước, chứ không phải mật khẩu thông thường của bạn.</translation>
    </message>
    <message>
        <source>Yahoo refused the password. Yahoo needs an app password, not your usual password.</source>
        <translation>Yahoo không chấp nhận mật khẩu. Yahoo cần mật khẩu ứng dụng, chứ không phải mật khẩu thông thường của bạn.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login: either the password is wrong, or your organisation has not allowed sending mail from programs.</source>
        <translation>Microsoft 365 không cho đăng nhập: có thể mật khẩu sai, hoặc đơn vị của bạn chưa cho phép gửi thư từ chương trình.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail no longer accept passwords from programs like this one (since 16 September 2024).</source>
        <translation>Outlook.com và Hotmail không còn nhận mật khẩu từ các chương trình như chương trình này (từ ngày 16/09/2024).</translation>
    </message>
    <message>
        <source>The mail server refused the user name or the password.</source>
        <translation>Máy chủ thư không chấp nhận tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The mail server&apos;s identity has changed since you chose to trust it, so the connection was stopped to protect your password.</source>
        <translation>Danh tính của máy chủ thư đã thay đổi kể từ khi bạn chọn tin cậy, nên chương trình đã ngắt kết nối để bảo vệ mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The mail server did not offer a secure connection, so the program stopped before sending your password.</source>
        <translation>Máy chủ thư không cung cấp kết nối bảo mật, nên chương trình đã dừng lại trước khi gửi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be set up, so the connection was stopped to protect your password.</source>
        <translation>Không thiết lập được kết nối bảo mật tới máy chủ thư, nên chương trình đã ngắt kết nối để bảo vệ mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The identity of the mail server could not be checked, so the connection was stopped to protect your password.</source>
        <translation>Không xác minh được danh tính của máy chủ thư, nên chương trình đã ngắt kết nối để bảo vệ mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient address {address}.</source>
        <translation>Máy chủ thư đã từ chối địa chỉ người nhận {address}.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address}.</source>
        <translation>Máy chủ thư đã từ chối địa chỉ người gửi {address}.</translation>
    </message>
    <message>
        <source>The email address {address} contains accented letters, which this mail server does not accept.</source>
        <translation>Địa chỉ email {address} có chữ có dấu, mà máy chủ thư này không chấp nhận.</translation>
    </message>
    <message>
        <source>The mail server refused the connection.</source>
        <translation>Máy chủ thư đã từ chối kết nối.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Máy chủ thư đã từ chối thư.</translation>
    </message>
    <message>
        <source>The message is too large for the mail server ({size}, while the limit is {limit}).</source>
        <translation>Thư quá lớn so với giới hạn của máy chủ thư ({size}, trong khi giới hạn là {limit}).</translation>
    </message>
    <message>
        <source>The mail server refused the message because it is too large.</source>
        <translation>Máy chủ thư đã từ chối thư vì thư quá lớn.</translation>
    </message>
    <message>
        <source>The whole message was sent, but the mail server did not answer afterwards, so it is not known whether it received it.</source>
        <translation>Toàn bộ email đã được gửi lên, nhưng sau đó máy chủ thư không trả lời, nên không biết máy chủ đã nhận được hay chưa.</translation>
    </message>
    <message>
        <source>The connection was lost right after the whole message had been sent, so it is not known whether the mail server received it.</source>
        <translation>Kết nối bị mất ngay sau khi đã gửi hết thư, nên không biết máy chủ thư đã nhận được thư hay chưa.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail accounts cannot send with a password: Microsoft stopped password logins for personal accounts on 16 September 2024.</source>
        <translation>Tài khoản Outlook.com và Hotmail không gửi được bằng mật khẩu: Microsoft đã ngừng cho đăng nhập bằng mật khẩu với tài khoản cá nhân từ ngày 16/9/2024.</translation>
    </message>
    <message>
        <source>Signing in with this mail provider needs the federation&apos;s mail providers file, which this copy of TinBài does not have yet.</source>
        <translation>Đăng nhập bằng nhà cung cấp thư này cần tệp nhà cung cấp thư của Liên đoàn, mà bản TinBài này chưa có.</translation>
    </message>
    <message>
        <source>The mail provider refused TinBài&apos;s sign-in settings.</source>
        <translation>Nhà cung cấp thư từ chối các thiết lập đăng nhập của TinBài.</translation>
    </message>
    <message>
        <source>Nothing was delivered. TinBài divides an item into smaller emails by itself; this one waits because part of it had already been accepted. Cancel its remaining emails and send the item again from the history.</source>
        <translation>Chưa có gì được gửi đi. TinBài tự chia tin, bài thành các thư nhỏ hơn; thư này phải chờ vì một phần của tin, bài đã được nhận. Hãy hủy các thư còn lại của tin, bài này rồi gửi lại từ Lịch sử.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer in time.</source>
        <translation>Máy chủ thư {host} không trả lời kịp.</translation>
    </message>
    <message>
        <source>The connection to the mail server {host} was cut during the test.</source>
        <translation>Kết nối tới máy chủ thư {host} bị ngắt trong khi kiểm tra.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the test.</source>
        <translation>Máy chủ thư {host} đã từ chối lần kiểm tra.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer the test as expected.</source>
        <translation>Máy chủ thư {host} trả lời lần kiểm tra không như mong đợi.</translation>
    </message>
    <message>
        <source>The sign-in with your mail provider has ended (it was withdrawn or has expired).</source>
        <translation>Việc đăng nhập với nhà cung cấp thư đã hết hiệu lực (bị thu hồi hoặc đã hết hạn).</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the Internet and that the server name is right, then test again.</source>
        <translation>Hãy kiểm tra máy đã kết nối Internet và tên máy chủ đúng, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the Internet, then test again.</source>
        <translation>Hãy kiểm tra máy đã kết nối Internet, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Check the Internet connection, the server name and the port, then test again.</source>
        <translation>Hãy kiểm tra kết nối Internet, tên máy chủ và cổng, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Test again in a moment.</source>
        <translation>Hãy kiểm tra lại sau ít phút.</translation>
    </message>
    <message>
        <source>Open mail.google.com in the browser on this computer, sign in and answer Google&apos;s questions, then test again.</source>
        <translation>Mở mail.google.com trong trình duyệt trên máy này, đăng nhập và trả lời các câu hỏi của Google, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Signing in differently does not help here: ask your IT administrator to turn on &quot;Authenticated SMTP&quot; for your mailbox (Microsoft 365 admin center → Users → your name → Mail → Manage email apps). Then test again.</source>
        <translation>Đăng nhập cách khác cũng không được: hãy nhờ người quản trị CNTT bật &quot;Authenticated SMTP&quot; cho hộp thư của bạn (Microsoft 365 admin center → Users → tên bạn → Mail → Manage email apps). Sau đó kiểm tra lại.</translation>
    </message>
    <message>
        <source>Press “Sign in with Microsoft” above and sign in in the browser; no password is needed then.</source>
        <translation>Bấm “Đăng nhập bằng Microsoft” ở trên và đăng nhập trong trình duyệt; khi đó không cần mật khẩu.</translation>
    </message>
    <message>
        <source>Sign in to Yahoo in the browser, open Account security → Generate app password, name it TinBai and type the new password above. Wait an hour if Yahoo said &quot;too many attempts&quot;, then test again.</source>
        <translation>Đăng nhập Yahoo trong trình duyệt, mở Account security → Generate app password, đặt tên TinBai và nhập mật khẩu mới ở trên. Nếu Yahoo báo &quot;too many attempts&quot;, hãy đợi một giờ rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Press the sign-in button above and sign in in the browser again, with the account of this email address.</source>
        <translation>Bấm nút đăng nhập ở trên và đăng nhập lại trong trình duyệt, bằng đúng tài khoản của địa chỉ email này.</translation>
    </message>
    <message>
        <source>Either press “Sign in with Google” above, or make an app password: in your Google Account open Security, turn on 2-Step Verification, then open 2-Step Verification → App passwords, create one named TinBai, type its 16 letters above and test again.</source>
        <translation>Hãy bấm “Đăng nhập bằng Google” ở trên, hoặc tạo mật khẩu ứng dụng: trong Tài khoản Google, mở Bảo mật, bật Xác minh 2 bước, rồi mở Xác minh 2 bước → Mật khẩu ứng dụng, tạo một mật khẩu đặt tên TinBai, nhập 16 chữ cái của nó ở trên rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>In your Google Account open Security → 2-Step Verification → App passwords, remove the old TinBai password, create a new one, type its 16 letters above (spaces do not matter) and test again. Or press “Sign in with Google” instead.</source>
        <translation>Trong Tài khoản Google, mở Bảo mật → Xác minh 2 bước → Mật khẩu ứng dụng, xóa mật khẩu TinBai cũ, tạo mật khẩu mới, nhập 16 chữ cái của nó ở trên (dấu cách không quan trọng) rồi kiểm tra lại. Hoặc bấm “Đăng nhập bằng Google”.</translation>
    </message>
    <message>
        <source>Ask the people who run the mail server whether its certificate was renewed. Trust the new fingerprint only if they confirm it.</source>
        <translation>Hãy hỏi người quản lý máy chủ thư xem chứng chỉ của máy chủ có vừa được thay mới không. Chỉ chọn tin cậy dấu vân tay mới khi họ xác nhận.</translation>
    </message>
    <message>
        <source>Check the port and the security choice above (usually port 587 with STARTTLS, or port 465 with TLS), then test again. If they are right, this network may be blocking secure mail: try another network.</source>
        <translation>Hãy kiểm tra cổng và kiểu bảo mật ở trên (thường là cổng 587 với STARTTLS, hoặc cổng 465 với TLS) rồi kiểm tra lại. Nếu các thông tin này đúng, có thể mạng đang dùng chặn thư bảo mật: hãy thử mạng khác.</translation>
    </message>
    <message>
        <source>Check the server name above, or try another network. If your organisation runs its own mail server, ask its IT staff for the server&apos;s fingerprint and trust it only if it matches.</source>
        <translation>Hãy kiểm tra tên máy chủ ở trên, hoặc thử dùng mạng khác. Nếu đơn vị bạn có máy chủ thư riêng, hãy hỏi cán bộ CNTT về dấu vân tay của máy chủ và chỉ chọn tin cậy khi hai dấu vân tay trùng khớp.</translation>
    </message>
    <message>
        <source>Test again in a moment. If it happens again, check the settings above or ask the people who run the mail server.</source>
        <translation>Hãy kiểm tra lại sau ít phút. Nếu vẫn bị như vậy, hãy xem lại các thông tin ở trên hoặc hỏi người quản lý máy chủ thư.</translation>
    </message>
    <message>
        <source>Check the settings above, or ask the people who run the mail server.</source>
        <translation>Hãy kiểm tra các thông tin ở trên, hoặc hỏi người quản lý máy chủ thư.</translation>
    </message>
    <message>
        <source>Press the sign-in button above and sign in in the browser again.</source>
        <translation>Bấm nút đăng nhập ở trên và đăng nhập lại trong trình duyệt.</translation>
    </message>
    <message>
        <source>Check the Internet connection, then test again.</source>
        <translation>Hãy kiểm tra kết nối Internet, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The port and the security choice in the settings do not match.</source>
        <translation>Cổng và kiểu bảo mật trong Cài đặt không khớp với nhau.</translation>
    </message>
    <message>
        <source>This mail server does not offer a login for sending.</source>
        <translation>Máy chủ thư này không cho đăng nhập để gửi thư.</translation>
    </message>
    <message>
        <source>The certificate file chosen for this mail server cannot be read.</source>
        <translation>Không đọc được tệp chứng chỉ đã chọn cho máy chủ thư này.</translation>
    </message>
    <message>
        <source>The mail server settings are incomplete or wrong.</source>
        <translation>Thông tin máy chủ thư trong Cài đặt còn thiếu hoặc chưa đúng.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the Internet. If websites open normally, check the server name in the settings. The message stays in the outbox and will be sent when the connection works.</source>
        <translation>Hãy kiểm tra xem máy tính đã kết nối Internet chưa. Nếu vẫn mở được các trang web bình thường, hãy kiểm tra tên máy chủ trong Cài đặt. Thư vẫn nằm trong hộp thư đi và sẽ được gửi khi kết nối hoạt động.</translation>
    </message>
    <message>
        <source>Check that the computer is connected to the Internet. The message stays in the outbox and will be sent automatically when the connection is back.</source>
        <translation>Hãy kiểm tra xem máy tính đã kết nối Internet chưa. Thư vẫn nằm trong hộp thư đi và sẽ tự động được gửi khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Check the Internet connection. The message stays in the outbox and will be tried again automatically.</source>
        <translation>Hãy kiểm tra kết nối Internet. Thư vẫn nằm trong hộp thư đi và chương trình sẽ tự động gửi lại.</translation>
    </message>
    <message>
        <source>Nothing was delivered. The message stays in the outbox and will be tried again automatically; a steadier connection (for example Wi-Fi instead of mobile data) helps with large photos.</source>
        <translation>Thư chưa được gửi đi. Thư vẫn nằm trong hộp thư đi và chương trình sẽ tự động gửi lại; với ảnh dung lượng lớn, nên dùng kết nối ổn định hơn (ví dụ Wi-Fi thay cho dữ liệu di động).</translation>
    </message>
    <message>
        <source>Nothing was delivered. The message stays in the outbox and will be tried again automatically.</source>
        <translation>Thư chưa được gửi đi. Thư vẫn nằm trong hộp thư đi và chương trình sẽ tự động gửi lại.</translation>
    </message>
    <message>
        <source>Nothing was delivered. The program will try again automatically in a few minutes.</source>
        <translation>Thư chưa được gửi đi. Chương trình sẽ tự động gửi lại sau vài phút.</translation>
    </message>
    <message>
        <source>Check the server settings, or send from a Gmail account instead.</source>
        <translation>Hãy kiểm tra lại thông tin máy chủ trong Cài đặt, hoặc chuyển sang gửi bằng tài khoản Gmail.</translation>
    </message>
    <message>
        <source>Either press “Sign in with Google” in Settings → Sending by email, or make an app password: in your Google Account open Security, turn on 2-Step Verification, then open 2-Step Verification → App passwords, create one named TinBai and type its 16 letters in Settings. Nothing was sent.</source>
        <translation>Hãy bấm “Đăng nhập bằng Google” trong Cài đặt → Gửi bằng email, hoặc tạo mật khẩu ứng dụng: trong Tài khoản Google, mở Bảo mật, bật Xác minh 2 bước, rồi mở Xác minh 2 bước → Mật khẩu ứng dụng, tạo một mật khẩu đặt tên TinBai và nhập 16 chữ cái của nó vào Cài đặt. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>In your Google Account open Security → 2-Step Verification → App passwords, remove the old TinBai password, create a new one and type its 16 letters in Settings (spaces do not matter). Or press “Sign in with Google” instead. Nothing was sent.</source>
        <translation>Trong Tài khoản Google, mở Bảo mật → Xác minh 2 bước → Mật khẩu ứng dụng, xóa mật khẩu TinBai cũ, tạo mật khẩu mới và nhập 16 chữ cái của nó vào Cài đặt (dấu cách không quan trọng). Hoặc bấm “Đăng nhập bằng Google”. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Open mail.google.com in the browser on this computer, sign in and answer Google&apos;s questions, then send again from the outbox. Nothing was sent.</source>
        <translation>Mở mail.google.com trong trình duyệt trên máy tính này, đăng nhập và trả lời các câu hỏi của Google, rồi gửi lại từ hộp thư đi. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Signing in differently does not help here: ask your IT administrator to turn on &quot;Authenticated SMTP&quot; for your mailbox (Microsoft 365 admin center → Users → your name → Mail → Manage email apps). Then send again from the outbox. Nothing was sent.</source>
        <translation>Đăng nhập cách khác cũng không giúp được: hãy nhờ quản trị viên CNTT bật &quot;Authenticated SMTP&quot; cho hộp thư của bạn (Microsoft 365 admin center → Users → tên của bạn → Mail → Manage email apps). Sau đó gửi lại từ hộp thư đi. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>In Settings → Sending by email, press “Sign in with Microsoft” and sign in in the browser; no password is needed then. Nothing was sent; the emails go once you have signed in.</source>
        <translation>Trong Cài đặt → Gửi bằng email, bấm “Đăng nhập bằng Microsoft” và đăng nhập trong trình duyệt; khi đó không cần mật khẩu. Chưa có gì được gửi đi; thư sẽ được gửi khi bạn đã đăng nhập.</translation>
    </message>
    <message>
        <source>Sign in to Yahoo in the browser, open Account security → Generate app password, name it TinBai and type the new password in Settings. Wait an hour if Yahoo said &quot;too many attempts&quot;, then send again from the outbox. Nothing was sent.</source>
        <translation>Đăng nhập Yahoo trong trình duyệt, mở Bảo mật tài khoản → Tạo mật khẩu ứng dụng, đặt tên TinBai và nhập mật khẩu mới vào Cài đặt. Nếu Yahoo báo &quot;quá nhiều lần thử&quot;, hãy chờ một giờ, rồi gửi lại từ hộp thư đi. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Press “Sign in again…” and, in the browser, choose the same account as the email address in Settings. Nothing was sent.</source>
        <translation>Hãy bấm “Đăng nhập lại…” và, trong trình duyệt, chọn đúng tài khoản có địa chỉ email như trong Cài đặt. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Check the server name and port in Settings, or use a password or app password for this server.</source>
        <translation>Hãy kiểm tra tên máy chủ và cổng trong Cài đặt, hoặc dùng mật khẩu hay mật khẩu ứng dụng cho máy chủ này.</translation>
    </message>
    <message>
        <source>In Settings → Sending by email, press “Sign in with Microsoft” and sign in in the browser. Nothing was sent.</source>
        <translation>Trong Cài đặt → Gửi bằng email, bấm “Đăng nhập bằng Microsoft” và đăng nhập trong trình duyệt. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>In your Google Account, open Security and turn on 2-Step Verification, then open App passwords, create one for TinBai and type its 16 letters here.</source>
        <translation>Trong Tài khoản Google, mở mục Bảo mật và bật Xác minh 2 bước, sau đó mở Mật khẩu ứng dụng, tạo một mật khẩu cho TinBai rồi nhập 16 chữ cái của mật khẩu đó vào đây.</translation>
    </message>
    <message>
        <source>In Yahoo, open Account security and choose Generate app password, then type the new password here.</source>
        <translation>Trong Yahoo, mở mục Bảo mật tài khoản, chọn Tạo mật khẩu ứng dụng, rồi nhập mật khẩu mới vào đây.</translation>
    </message>
    <message>
        <source>Check the password. If it is right, ask your organisation&apos;s IT administrator to allow your mailbox to send mail from programs (the setting is called &quot;Authenticated SMTP&quot;).</source>
        <translation>Hãy kiểm tra lại mật khẩu. Nếu mật khẩu đúng, hãy nhờ người quản trị CNTT của đơn vị cho phép hộp thư của bạn gửi thư từ chương trình (tùy chọn có tên &quot;Authenticated SMTP&quot;).</translation>
    </message>
    <message>
        <source>Send from a Gmail account instead, or use practice mode for training.</source>
        <translation>Hãy gửi bằng tài khoản Gmail, hoặc dùng chế độ luyện tập khi tập huấn.</translation>
    </message>
    <message>
        <source>Check the email address and the password in the settings, then try again. Some providers need a special app password instead of your usual one.</source>
        <translation>Hãy kiểm tra lại địa chỉ email và mật khẩu trong Cài đặt rồi thử lại. Một số nhà cung cấp yêu cầu mật khẩu ứng dụng riêng thay cho mật khẩu thông thường.</translation>
    </message>
    <message>
        <source>Ask the people who run the mail server whether its certificate was renewed. Trust the new fingerprint in the settings only if they confirm it. Nothing was sent.</source>
        <translation>Hãy hỏi người quản lý máy chủ thư xem chứng chỉ của máy chủ có vừa được thay mới không. Chỉ chọn tin cậy dấu vân tay mới trong Cài đặt khi họ xác nhận. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Check the port and the security choice in the settings (usually port 587 with STARTTLS, or port 465 with TLS). If they are right, this network may be blocking secure mail: try another network. Nothing was sent.</source>
        <translation>Hãy kiểm tra cổng và kiểu bảo mật trong Cài đặt (thường là cổng 587 với STARTTLS, hoặc cổng 465 với TLS). Nếu các thông tin này đúng, có thể mạng đang dùng chặn thư bảo mật: hãy thử mạng khác. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Check the server name in the settings, or try another network. If your organisation runs its own mail server, ask its IT staff for the server&apos;s fingerprint and trust it in the settings only if it matches. Nothing was sent.</source>
        <translation>Hãy kiểm tra tên máy chủ trong Cài đặt, hoặc thử dùng mạng khác. Nếu đơn vị bạn có máy chủ thư riêng, hãy hỏi cán bộ CNTT về dấu vân tay của máy chủ và chỉ chọn tin cậy trong Cài đặt khi hai dấu vân tay trùng khớp. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Check the editorial board&apos;s email address in the settings. The message will not be sent again until you choose to.</source>
        <translation>Hãy kiểm tra địa chỉ email của Ban Biên tập trong Cài đặt. Thư sẽ không được gửi lại cho đến khi bạn chọn gửi.</translation>
    </message>
    <message>
        <source>The sender address must be the address of the account you sign in with. Check it in the settings.</source>
        <translation>Địa chỉ người gửi phải là địa chỉ của tài khoản bạn dùng để đăng nhập. Hãy kiểm tra lại trong Cài đặt.</translation>
    </message>
    <message>
        <source>Check the address in the settings.</source>
        <translation>Hãy kiểm tra lại địa chỉ trong Cài đặt.</translation>
    </message>
    <message>
        <source>The mail server may be blocking this network. Try another network, or contact your mail provider.</source>
        <translation>Có thể máy chủ thư đang chặn mạng này. Hãy thử mạng khác, hoặc liên hệ nhà cung cấp thư.</translation>
    </message>
    <message>
        <source>The message will not be sent again automatically. Copy the details below and ask for help, or contact the editorial board.</source>
        <translation>Thư sẽ không được tự động gửi lại. Hãy sao chép thông tin chi tiết bên dưới để nhờ hỗ trợ, hoặc liên hệ Ban Biên tập.</translation>
    </message>
    <message>
        <source>Look in the Sent folder of your mailbox (for example on the Gmail website). If the message is there, mark it as sent; if not, send it again. The program will not send it again by itself, so that the board does not receive it twice.</source>
        <translation>Hãy xem thư mục Thư đã gửi trong hộp thư của bạn (ví dụ trên trang web Gmail). Nếu thư có ở đó, hãy đánh dấu là đã gửi; nếu không có, hãy gửi lại. Chương trình sẽ không tự gửi lại, để Ban Biên tập không nhận trùng hai lần.</translation>
    </message>
    <message>
        <source>In Settings → Sending by email, press “Sign in with Microsoft” instead of typing a password.</source>
        <translation>Trong Cài đặt → Gửi bằng email, bấm “Đăng nhập bằng Microsoft” thay vì nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Port 465 goes with TLS, and port 587 goes with STARTTLS. Correct this in the settings.</source>
        <translation>Cổng 465 đi với TLS, cổng 587 đi với STARTTLS. Hãy sửa lại trong Cài đặt.</translation>
    </message>
    <message>
        <source>Check the server name and the port in the settings: use your mail provider&apos;s outgoing mail server.</source>
        <translation>Hãy kiểm tra tên máy chủ và cổng trong Cài đặt: cần dùng máy chủ thư gửi đi của nhà cung cấp thư.</translation>
    </message>
    <message>
        <source>Choose the certificate file again in the settings, or ask the people who run the mail server for it.</source>
        <translation>Hãy chọn lại tệp chứng chỉ trong Cài đặt, hoặc xin tệp này từ người quản lý máy chủ thư.</translation>
    </message>
    <message>
        <source>Open the settings and check the server name, the port and the security choice.</source>
        <translation>Hãy mở Cài đặt và kiểm tra lại tên máy chủ, cổng và kiểu bảo mật.</translation>
    </message>
</context>
<context>
    <name>MailProviders</name>
    <message>
        <source>The mail providers file {name} has {count} problem(s); the providers in use stay unchanged:</source>
        <translation>Tệp nhà cung cấp thư {name} có {count} lỗi; các nhà cung cấp đang dùng được giữ nguyên:</translation>
    </message>
    <message>
        <source>The mail providers file has {count} problem(s); the providers in use stay unchanged:</source>
        <translation>Tệp nhà cung cấp thư có {count} lỗi; các nhà cung cấp đang dùng được giữ nguyên:</translation>
    </message>
    <message>
        <source>The file {path} is too large ({size} bytes) to be a mail providers file.</source>
        <translation>Tệp {path} quá lớn ({size} byte), không thể là tệp nhà cung cấp thư.</translation>
    </message>
    <message>
        <source>The mail providers file {path} does not exist.</source>
        <translation>Không có tệp nhà cung cấp thư {path}.</translation>
    </message>
    <message>
        <source>The mail providers file {path} cannot be read ({error}).</source>
        <translation>Không đọc được tệp nhà cung cấp thư {path} ({error}).</translation>
    </message>
    <message>
        <source>The mail providers file is not UTF-8 text (byte {position}); save it again as UTF-8.</source>
        <translation>Tệp nhà cung cấp thư không phải văn bản UTF-8 (byte {position}); hãy lưu lại dưới dạng UTF-8.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>một đoạn chữ</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>The mail providers file is empty.</source>
        <translation>Tệp nhà cung cấp thư trống.</translation>
    </message>
    <message>
        <source>The mail providers file is not valid JSON near line {line}, column {column} ({detail}): check the commas, quotes and brackets there.</source>
        <translation>Tệp nhà cung cấp thư không phải JSON hợp lệ ở gần dòng {line}, cột {column} ({detail}): hãy kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc ở đó.</translation>
    </message>
    <message>
        <source>The mail providers file is not valid JSON ({detail}).</source>
        <translation>Tệp nhà cung cấp thư không phải JSON hợp lệ ({detail}).</translation>
    </message>
    <message>
        <source>{place}: the key “{key}” is missing.</source>
        <translation>{place}: thiếu khóa “{key}”.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must be {expected}, not {found}.</source>
        <translation>{place}: “{key}” phải là {expected}, không phải {found}.</translation>
    </message>
    <message>
        <source>{place}: the key “{key}” is written twice.</source>
        <translation>{place}: khóa “{key}” được viết hai lần.</translation>
    </message>
    <message>
        <source>{place}: unknown key “{key}”; did you mean “{suggestion}”?</source>
        <translation>{place}: không có khóa “{key}”; có phải bạn muốn viết “{suggestion}”?</translation>
    </message>
    <message>
        <source>{place}: unknown key “{key}”; the keys allowed here are: {keys}.</source>
        <translation>{place}: không có khóa “{key}”; các khóa dùng được ở đây là: {keys}.</translation>
    </message>
    <message>
        <source>The mail providers file</source>
        <translation>Tệp nhà cung cấp thư</translation>
    </message>
    <message>
        <source>The mail providers file must hold a JSON object, not {found}.</source>
        <translation>Tệp nhà cung cấp thư phải chứa một đối tượng JSON, không phải {found}.</translation>
    </message>
    <message>
        <source>The mail providers file is format version {version}, newer than this TinBài reads ({supported}); update TinBài.</source>
        <translation>Tệp nhà cung cấp thư có định dạng phiên bản {version}, mới hơn phiên bản TinBài này đọc được ({supported}); hãy cập nhật TinBài.</translation>
    </message>
    <message>
        <source>{place}: “version” must be {supported}.</source>
        <translation>{place}: “version” phải là {supported}.</translation>
    </message>
    <message>
        <source>The mail providers file lists no provider; add at least one to “providers”.</source>
        <translation>Tệp nhà cung cấp thư không có nhà cung cấp nào; hãy thêm ít nhất một vào “providers”.</translation>
    </message>
    <message>
        <source>Providers {first} and {second} have the same id “{id}”; each provider needs its own id.</source>
        <translation>Nhà cung cấp {first} và {second} có cùng mã “{id}”; mỗi nhà cung cấp cần một mã riêng.</translation>
    </message>
    <message>
        <source>Provider {number}: each provider must be an object with “id”, “name” and “smtp”, not {found}.</source>
        <translation>Nhà cung cấp {number}: mỗi nhà cung cấp phải là một đối tượng có “id”, “name” và “smtp”, không phải {found}.</translation>
    </message>
    <message>
        <source>Provider {number} (“{id}”)</source>
        <translation>Nhà cung cấp {number} (“{id}”)</translation>
    </message>
    <message>
        <source>Provider {number}</source>
        <translation>Nhà cung cấp {number}</translation>
    </message>
    <message>
        <source>{place}: the id “{id}” must be lower-case ASCII letters, digits and hyphens, at most {limit} characters (for example “lien-doan”).</source>
        <translation>{place}: mã “{id}” chỉ được gồm chữ ASCII thường, chữ số và dấu gạch ngang, tối đa {limit} ký tự (ví dụ “lien-doan”).</translation>
    </message>
    <message>
        <source>{place}: “password” must be one of: {kinds}.</source>
        <translation>{place}: “password” phải là một trong: {kinds}.</translation>
    </message>
    <message>
        <source>{place}: “size_limit” is {value} bytes; it must be between {low} and {high}.</source>
        <translation>{place}: “size_limit” là {value} byte; phải nằm trong khoảng từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must be an https:// address.</source>
        <translation>{place}: “{key}” phải là một địa chỉ https://.</translation>
    </message>
    <message>
        <source>{place}: a provider that takes no password needs “oauth”.</source>
        <translation>{place}: nhà cung cấp không nhận mật khẩu thì cần có “oauth”.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must not be empty.</source>
        <translation>{place}: “{key}” không được để trống.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must be a text, or an object of texts by language such as {{&quot;vi&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}.</source>
        <translation>{place}: “{key}” phải là một đoạn chữ, hoặc một đối tượng gồm các đoạn chữ theo ngôn ngữ, ví dụ {{&quot;vi&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>{place}: “{value}” is not a mail server name.</source>
        <translation>{place}: “{value}” không phải tên máy chủ thư.</translation>
    </message>
    <message>
        <source>{place}: the port {value} must be between 1 and 65535.</source>
        <translation>{place}: cổng {value} phải nằm trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>{place}: “security” must be “starttls” or “tls”, not “{value}”: TinBài never sends a password without TLS.</source>
        <translation>{place}: “security” phải là “starttls” hoặc “tls”, không phải “{value}”: TinBài không bao giờ gửi mật khẩu khi không có TLS.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must be an https:// address (http:// is allowed only on this computer, 127.0.0.1 or localhost).</source>
        <translation>{place}: “{key}” phải là một địa chỉ https:// (http:// chỉ được dùng trên chính máy tính này, 127.0.0.1 hoặc localhost).</translation>
    </message>
    <message>
        <source>{place}: “oauth.scopes” must be a list of scopes without spaces, such as [&quot;https://mail.google.com/&quot;].</source>
        <translation>{place}: “oauth.scopes” phải là danh sách các phạm vi không có dấu cách, ví dụ [&quot;https://mail.google.com/&quot;].</translation>
    </message>
    <message>
        <source>{place}: “oauth.scopes” has no scope for sending mail.</source>
        <translation>{place}: “oauth.scopes” không có phạm vi nào để gửi thư.</translation>
    </message>
    <message>
        <source>{place}: “oauth.authorize_params” must be an object of texts.</source>
        <translation>{place}: “oauth.authorize_params” phải là một đối tượng gồm các đoạn chữ.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must be a list of domain names such as [&quot;example.org&quot;].</source>
        <translation>{place}: “{key}” phải là danh sách tên miền, ví dụ [&quot;example.org&quot;].</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>News for the editorial board</source>
        <translation>Tin, bài gửi Ban Biên tập</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Outbox ({count})</source>
        <translation>Hộp thư đi ({count})</translation>
    </message>
    <message>
        <source>Every item needs your unit and its author: tell TinBài about them first, then write the item.</source>
        <translation>Tin, bài nào cũng cần đơn vị và tác giả: hãy khai báo cho TinBài trước, rồi viết tin, bài.</translation>
    </message>
    <message>
        <source>Saved. Press “Write a new item” to begin.</source>
        <translation>Đã lưu. Bấm “Viết tin, bài mới” để bắt đầu.</translation>
    </message>
    <message>
        <source>The latest changes to the draft could not be saved (the disk may be full). If TinBài closes now, they are lost.</source>
        <translation>Chưa lưu được những thay đổi mới nhất của bản nháp (có thể ổ đĩa đã đầy). Nếu đóng TinBài bây giờ, các thay đổi đó sẽ mất.</translation>
    </message>
    <message>
        <source>&amp;Keep TinBài open</source>
        <translation>&amp;Giữ TinBài mở</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Vẫn đóng</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The photo {name} in the bundle folder is not the one that was checked. Build the bundle again.</source>
        <translation>Ảnh {name} trong thư mục hồ sơ không phải ảnh đã được kiểm tra. Hãy tạo lại bộ hồ sơ.</translation>
    </message>
    <message>
        <source>The article&apos;s text alone ({size}) is more than this mail server accepts in one email ({limit}). Shorten the article.</source>
        <translation>Riêng phần chữ của bài ({size}) đã vượt mức máy chủ thư này nhận trong một thư ({limit}). Rút ngắn bài viết.</translation>
    </message>
    <message>
        <source>The Word document ({size}) is more than this mail server accepts in one email ({limit}). Shorten the article.</source>
        <translation>Tệp Word ({size}) vượt mức máy chủ thư này nhận trong một thư ({limit}). Rút ngắn bài viết.</translation>
    </message>
    <message>
        <source>Photo {number} ({size}) is too large to be sent by email even on its own: this mail server accepts at most {limit} per message. Send it another way (for example a shared link) and remove it from the item.</source>
        <translation>Ảnh {number} ({size}) quá lớn, không gửi được qua email kể cả khi gửi riêng: máy chủ thư này chỉ nhận tối đa {limit} mỗi thư. Hãy gửi ảnh bằng cách khác (ví dụ đường dẫn chia sẻ) và bỏ ảnh khỏi tin, bài.</translation>
    </message>
    <message>
        <source>The file {name} changed while the email was being built. Build the bundle again.</source>
        <translation>Tệp {name} đã thay đổi trong lúc tạo email. Hãy tạo lại bộ hồ sơ.</translation>
    </message>
    <message>
        <source>The item could not be divided into emails small enough for the server.</source>
        <translation>Không chia được tin, bài thành các email đủ nhỏ cho máy chủ.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập thành công</translation>
    </message>
    <message>
        <source>You may close this browser window and go back to TinBài.</source>
        <translation>Bạn có thể đóng cửa sổ trình duyệt này và quay lại TinBài.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed</source>
        <translation>Đăng nhập chưa thành công</translation>
    </message>
    <message>
        <source>You may close this browser window, go back to TinBài and try again.</source>
        <translation>Bạn có thể đóng cửa sổ trình duyệt này, quay lại TinBài và thử lại.</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message>
        <source>The unit&apos;s level is not set: choose it in Settings.</source>
        <translation>Chưa chọn cấp đơn vị: hãy chọn trong Cài đặt.</translation>
    </message>
    <message>
        <source>The unit&apos;s level “{level}” is not in the rules in force: choose the level again in Settings.</source>
        <translation>Cấp đơn vị “{level}” không có trong quy định đang áp dụng: hãy chọn lại cấp trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Delivered to the practice mailbox</source>
        <translation>Đã vào hộp thư tập</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Sẽ gửi lại</translation>
    </message>
    <message>
        <source>Will be tried again in a moment</source>
        <translation>Sẽ gửi lại trong giây lát</translation>
    </message>
    <message>
        <source>Will be tried again in {minutes} min</source>
        <translation>Sẽ gửi lại sau {minutes} phút</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Cần bạn xử lý</translation>
    </message>
    <message>
        <source>Not sure it arrived: check your Sent folder</source>
        <translation>Chưa chắc đã đến: hãy xem mục Đã gửi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <source>Another TinBài window is sending right now. Try again when it has finished.</source>
        <translation>Một cửa sổ TinBài khác đang gửi thư. Hãy thử lại khi việc gửi đó xong.</translation>
    </message>
    <message>
        <source>The stored email “{subject}” is no longer in TinBài&apos;s outbox folder (it may have been deleted), so it cannot be sent. Cancel it and queue the item again.</source>
        <translation>Email “{subject}” không còn trong thư mục hộp thư đi của TinBài (có thể đã bị xoá), nên không gửi được. Hãy huỷ email này và đưa tin, bài vào hộp thư đi lại.</translation>
    </message>
    <message>
        <source>The stored message “{subject}” has been changed on disk, so it was not sent. Cancel it and queue the item again.</source>
        <translation>Thư đã lưu “{subject}” bị thay đổi trên ổ đĩa nên không được gửi. Hãy huỷ thư này và đưa tin, bài vào hộp thư đi lần nữa.</translation>
    </message>
    <message>
        <source>This item is already in the outbox or was sent on {date}. Send it again only if the board asked for it.</source>
        <translation>Tin, bài này đã có trong hộp thư đi hoặc đã gửi ngày {date}. Chỉ gửi lại nếu Ban Biên tập yêu cầu.</translation>
    </message>
    <message>
        <source>This item was already sent in practice on {date}; it is in the practice mailbox. When it is ready, send it to the board for real.</source>
        <translation>Tin này đã được gửi tập ngày {date} và đang nằm trong hộp thư tập. Khi tin đã sẵn sàng, hãy gửi thật cho Ban Biên tập.</translation>
    </message>
    <message>
        <source>This item was put in the outbox at the same moment by another TinBài window; it is there once.</source>
        <translation>Tin, bài này vừa được một cửa sổ TinBài khác đưa vào hộp thư đi cùng lúc; trong hộp thư đi chỉ có một bản.</translation>
    </message>
    <message>
        <source>Part of this item is already on its way or was accepted, so it cannot be divided again.</source>
        <translation>Một phần của tin, bài này đang được gửi hoặc đã được nhận, nên không chia lại được.</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>&amp;Send everything now</source>
        <translation>&amp;Gửi tất cả ngay</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Tiến độ gửi</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Thư trong hộp thư đi</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Thử gửi lại ngay</translation>
    </message>
    <message>
        <source>&amp;Cancel this email</source>
        <translation>&amp;Huỷ thư này</translation>
    </message>
    <message>
        <source>It &amp;is in my Sent folder</source>
        <translation>Thư &amp;có trong mục Đã gửi</translation>
    </message>
    <message>
        <source>It is &amp;not there: send again</source>
        <translation>Thư &amp;không có: gửi lại</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Đăng nhập &amp;lại…</translation>
    </message>
    <message>
        <source>Waiting and problems</source>
        <translation>Đang chờ và cần xử lý</translation>
    </message>
    <message>
        <source>Emails “sent” in practice mode stay here, on this computer: exactly what the board would receive.</source>
        <translation>Email “gửi” ở chế độ thực hành nằm lại đây, trên máy này: đúng như những gì Ban Biên tập sẽ nhận.</translation>
    </message>
    <message>
        <source>Practice mailbox</source>
        <translation>Hộp thư tập</translation>
    </message>
    <message>
        <source>The selected practice email</source>
        <translation>Email tập đang chọn</translation>
    </message>
    <message>
        <source>Send this item for &amp;real…</source>
        <translation>Gửi thật tin, bài này cho &amp;Ban Biên tập…</translation>
    </message>
    <message>
        <source>Practice sends use nothing up: the item is still a draft and can go to the board.</source>
        <translation>Gửi tập không làm mất gì: tin, bài vẫn là bản nháp và có thể gửi thật cho Ban Biên tập.</translation>
    </message>
    <message>
        <source> (part {part}/{parts})</source>
        <translation> (phần {part}/{parts})</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>gửi tập</translation>
    </message>
    <message>
        <source>Waiting or needing attention: {emails}.</source>
        <translation>Đang chờ hoặc cần xử lý: {emails}.</translation>
    </message>
    <message>
        <source>Nothing is waiting. Practice mode is on: emails “sent” are in the Practice mailbox tab, on this computer; none went to the board.</source>
        <translation>Không có thư nào đang chờ. Đang bật chế độ thực hành: email “đã gửi” nằm trong thẻ Hộp thư tập, trên máy này; chưa có thư nào đến Ban Biên tập.</translation>
    </message>
    <message>
        <source>Nothing is waiting: every item in the outbox was accepted by the mail server.</source>
        <translation>Không có thư nào đang chờ: máy chủ thư đã nhận mọi thư trong hộp thư đi.</translation>
    </message>
    <message>
        <source>The connection broke after the whole email had gone out, so the board may already have it. TinBài does not send it again by itself. Look in the Sent folder of {address} (for Gmail: mail.google.com → Sent): if the email is there, press “It is in my Sent folder”; if not, “send again”.</source>
        <translation>Kết nối bị ngắt sau khi toàn bộ email đã được gửi lên, nên có thể Ban Biên tập đã nhận. TinBài không tự gửi lại. Hãy xem mục Đã gửi của {address} (với Gmail: mail.google.com → Đã gửi): nếu có email đó, bấm “Thư có trong mục Đã gửi”; nếu không, bấm “gửi lại”.</translation>
    </message>
    <message>
        <source>Too late: this email&apos;s state changed meanwhile (it may be on its way). Look at its state again.</source>
        <translation>Không kịp: trạng thái của email này vừa thay đổi (có thể đang được gửi). Hãy xem lại trạng thái của nó.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened, then come back here.</source>
        <translation>Hãy đăng nhập trong cửa sổ trình duyệt vừa mở, rồi quay lại đây.</translation>
    </message>
    <message>
        <source>Signed in again: the waiting emails are being sent.</source>
        <translation>Đã đăng nhập lại: các thư đang chờ đang được gửi.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for {address}</source>
        <translation>Mật khẩu của {address}</translation>
    </message>
    <message>
        <source>Type the password of {address} to send.</source>
        <translation>Nhập mật khẩu của {address} để gửi.</translation>
    </message>
    <message>
        <source>For {provider} this is the app password (16 letters), not your usual password.</source>
        <translation>Với {provider}, đây là mật khẩu ứng dụng (16 chữ cái), không phải mật khẩu thường ngày.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Remember it in the Windows Credential Manager</source>
        <translation>&amp;Ghi nhớ trong Windows Credential Manager</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keychain</source>
        <translation>&amp;Ghi nhớ trong kho mật khẩu của máy này</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Huỷ</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <source>Copy the photo straight from the phone with a USB cable.</source>
        <translation>Chép ảnh trực tiếp từ điện thoại bằng cáp USB.</translation>
    </message>
    <message>
        <source>Copy the photo from the phone or camera again.</source>
        <translation>Chép lại ảnh từ điện thoại hoặc máy ảnh.</translation>
    </message>
    <message>
        <source>Send the photo as it came from the phone or camera, before any editing.</source>
        <translation>Gửi ảnh đúng như khi lấy ra từ điện thoại hoặc máy ảnh, trước khi chỉnh sửa.</translation>
    </message>
    <message>
        <source>Send the full-size photo as it came from the phone or camera.</source>
        <translation>Gửi ảnh đủ kích thước, đúng như khi lấy ra từ điện thoại hoặc máy ảnh.</translation>
    </message>
    <message>
        <source>Check that this is the file the phone or camera made; if it is, you can send it.</source>
        <translation>Kiểm tra xem đây có đúng là tệp do điện thoại hoặc máy ảnh tạo ra không; nếu đúng, bạn có thể gửi.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the photo with a note explaining where it comes from.</source>
        <translation>Thử lại; nếu vẫn bị, hãy gửi ảnh kèm ghi chú giải thích nguồn gốc của ảnh.</translation>
    </message>
    <message>
        <source>Ask for the photo to be sent as a file; in Zalo, send it as a file or choose the original (HD) photo.</source>
        <translation>Đề nghị gửi ảnh dưới dạng tệp; trong Zalo, gửi ảnh dưới dạng tệp hoặc chọn ảnh gốc (HD).</translation>
    </message>
    <message>
        <source>The file cannot be found.</source>
        <translation>Không tìm thấy tệp.</translation>
    </message>
    <message>
        <source>Check that the phone or USB stick is still connected, then add the photo again.</source>
        <translation>Kiểm tra điện thoại hoặc USB vẫn đang cắm vào máy, rồi thêm lại ảnh.</translation>
    </message>
    <message>
        <source>This is a folder, not a photo file.</source>
        <translation>Đây là thư mục, không phải tệp ảnh.</translation>
    </message>
    <message>
        <source>Open the folder and choose the photos inside it.</source>
        <translation>Mở thư mục và chọn các ảnh bên trong.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Không mở được tệp.</translation>
    </message>
    <message>
        <source>Close any program that is using the photo, or copy it to the computer first, then add it again.</source>
        <translation>Đóng chương trình đang mở ảnh này, hoặc chép ảnh vào máy tính trước, rồi thêm lại.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Tệp trống (0 byte).</translation>
    </message>
    <message>
        <source>The file is far too large to be a photo.</source>
        <translation>Tệp quá lớn, không thể là một bức ảnh.</translation>
    </message>
    <message>
        <source>Choose the photo file that the phone or camera made.</source>
        <translation>Chọn tệp ảnh do điện thoại hoặc máy ảnh tạo ra.</translation>
    </message>
    <message>
        <source>The picture claims to be far larger than any camera photo, so it was not opened.</source>
        <translation>Tệp ghi kích thước ảnh lớn hơn nhiều so với mọi ảnh chụp từ máy ảnh, nên không được mở.</translation>
    </message>
    <message>
        <source>The photo file is damaged or incomplete.</source>
        <translation>Tệp ảnh bị hỏng hoặc không đầy đủ.</translation>
    </message>
    <message>
        <source>This file is not a photo.</source>
        <translation>Tệp này không phải là ảnh.</translation>
    </message>
    <message>
        <source>Choose a photo (JPEG or HEIC) taken by a phone or camera.</source>
        <translation>Chọn ảnh (JPEG hoặc HEIC) chụp bằng điện thoại hoặc máy ảnh.</translation>
    </message>
    <message>
        <source>The photo could not be checked because of a fault in this program.</source>
        <translation>Không kiểm tra được ảnh do lỗi của chương trình.</translation>
    </message>
    <message>
        <source>This is a {format} file, not a photo as a phone or camera saves it (JPEG or HEIC).</source>
        <translation>Đây là tệp {format}, không phải ảnh do điện thoại hoặc máy ảnh lưu (JPEG hoặc HEIC).</translation>
    </message>
    <message>
        <source>Choose the photo the phone or camera took, not a screenshot or a converted copy.</source>
        <translation>Chọn ảnh do điện thoại hoặc máy ảnh chụp, không dùng ảnh chụp màn hình hay bản đã chuyển đổi.</translation>
    </message>
    <message>
        <source>The file has no camera information (EXIF): it was saved again by a program or app.</source>
        <translation>Tệp không có thông tin máy chụp (EXIF): ảnh đã bị một chương trình hoặc ứng dụng lưu lại.</translation>
    </message>
    <message>
        <source>The camera information (EXIF) in the file is damaged.</source>
        <translation>Thông tin máy chụp (EXIF) trong tệp bị hỏng.</translation>
    </message>
    <message>
        <source>The file does not say which phone or camera took it: the camera information was removed or replaced.</source>
        <translation>Tệp không cho biết ảnh được chụp bằng điện thoại hay máy ảnh nào: thông tin máy chụp đã bị xóa hoặc thay thế.</translation>
    </message>
    <message>
        <source>The photo was saved by a photo editing program or app: {name}.</source>
        <translation>Ảnh đã được lưu bằng chương trình hoặc ứng dụng chỉnh sửa ảnh: {name}.</translation>
    </message>
    <message>
        <source>The file contains data written by Adobe Photoshop or a similar editing program.</source>
        <translation>Tệp có dữ liệu do Adobe Photoshop hoặc một chương trình chỉnh sửa tương tự ghi vào.</translation>
    </message>
    <message>
        <source>The photo was downloaded from a social network (Facebook or similar), which compresses photos.</source>
        <translation>Ảnh được tải về từ mạng xã hội (Facebook hoặc tương tự), nơi ảnh bị nén lại.</translation>
    </message>
    <message>
        <source>Ask the person who took the photo to send you the original file.</source>
        <translation>Đề nghị người chụp gửi cho bạn tệp ảnh gốc.</translation>
    </message>
    <message>
        <source>The picture is {real} pixels but the camera recorded {recorded}: it was resized or cropped.</source>
        <translation>Ảnh có kích thước {real} điểm ảnh nhưng máy chụp ghi nhận {recorded}: ảnh đã bị thu nhỏ hoặc cắt xén.</translation>
    </message>
    <message>
        <source>The picture was compressed again by a computer program; only the camera information was copied over.</source>
        <translation>Ảnh đã bị một chương trình máy tính nén lại; chỉ có thông tin máy chụp được chép sang.</translation>
    </message>
    <message>
        <source>The file names the phone or camera only in part (its make or model is missing).</source>
        <translation>Tệp chỉ ghi một phần thông tin về điện thoại hoặc máy ảnh (thiếu hãng hoặc kiểu máy).</translation>
    </message>
    <message>
        <source>The picture is {real} pixels but the camera recorded {recorded}: it may have been turned or trimmed by a program.</source>
        <translation>Ảnh có kích thước {real} điểm ảnh nhưng máy chụp ghi nhận {recorded}: có thể ảnh đã bị một chương trình xoay hoặc cắt bớt.</translation>
    </message>
    <message>
        <source>Send the photo as it came from the phone or camera, without turning or cropping it.</source>
        <translation>Gửi ảnh đúng như khi lấy ra từ điện thoại hoặc máy ảnh, không xoay, không cắt.</translation>
    </message>
    <message>
        <source>The camera maker&apos;s own notes (MakerNote) are missing from the file: a program may have rewritten it.</source>
        <translation>Tệp thiếu phần ghi chú riêng của hãng máy ảnh (MakerNote): có thể một chương trình đã ghi lại tệp.</translation>
    </message>
    <message>
        <source>The small preview the camera stored in the file does not match the picture: it was probably cropped or turned.</source>
        <translation>Ảnh xem trước nhỏ mà máy chụp lưu trong tệp không khớp với ảnh: có lẽ ảnh đã bị cắt hoặc xoay.</translation>
    </message>
    <message>
        <source>The picture data is laid out the way computer programs save JPEG files, not the way most cameras do.</source>
        <translation>Dữ liệu ảnh được sắp xếp theo cách các chương trình máy tính lưu tệp JPEG, không giống cách của hầu hết máy ảnh.</translation>
    </message>
    <message>
        <source>The photo&apos;s details were changed on a computer (for example a rating or tags were added).</source>
        <translation>Thông tin của ảnh đã bị thay đổi trên máy tính (ví dụ đã thêm đánh giá sao hoặc thẻ).</translation>
    </message>
    <message>
        <source>The file contains caption or copyright details (IPTC), usually added by a program.</source>
        <translation>Tệp có thông tin chú thích hoặc bản quyền (IPTC), thường do một chương trình thêm vào.</translation>
    </message>
    <message>
        <source>The file name is the kind {app} gives to photos it received: the photo was probably compressed on the way.</source>
        <translation>Tên tệp có dạng mà {app} đặt cho ảnh nhận được: có lẽ ảnh đã bị nén khi gửi qua ứng dụng.</translation>
    </message>
    <message>
        <source>The file name says it is a screenshot.</source>
        <translation>Tên tệp cho thấy đây là ảnh chụp màn hình.</translation>
    </message>
    <message>
        <source>Send the photo itself, not a screenshot of it.</source>
        <translation>Gửi chính tệp ảnh, không gửi ảnh chụp màn hình.</translation>
    </message>
    <message>
        <source>The picture is small ({long} pixels on its long side); photos from phones and cameras are larger.</source>
        <translation>Ảnh nhỏ ({long} điểm ảnh ở cạnh dài); ảnh chụp từ điện thoại và máy ảnh lớn hơn nhiều.</translation>
    </message>
    <message>
        <source>The photo&apos;s content credentials say it was made or changed with artificial intelligence ({editor}): {actions}.</source>
        <translation>Thông tin xác thực nội dung của ảnh cho biết ảnh được tạo hoặc sửa bằng trí tuệ nhân tạo ({editor}): {actions}.</translation>
    </message>
    <message>
        <source>The photo&apos;s content credentials say it was edited with {editor}: {actions}.</source>
        <translation>Thông tin xác thực nội dung của ảnh cho biết ảnh đã được chỉnh sửa bằng {editor}: {actions}.</translation>
    </message>
    <message>
        <source>The photo carries content credentials, but they do not check out: {problem}.</source>
        <translation>Ảnh có thông tin xác thực nội dung nhưng thông tin này không hợp lệ: {problem}.</translation>
    </message>
    <message>
        <source>Copy the photo from the phone or camera again; if this stays, ask where the file comes from.</source>
        <translation>Chép lại ảnh từ điện thoại hoặc máy ảnh; nếu vẫn vậy, hãy hỏi rõ tệp ảnh từ đâu mà có.</translation>
    </message>
    <message>
        <source>The photo carries content credentials, but this computer could not check them.</source>
        <translation>Ảnh có thông tin xác thực nội dung nhưng máy tính này không kiểm tra được.</translation>
    </message>
    <message>
        <source>The photo&apos;s content credentials, signed by {signer}, say that {device} took it and that it has not changed since. {trust}</source>
        <translation>Thông tin xác thực nội dung của ảnh, do {signer} ký, cho biết ảnh được chụp bằng {device} và chưa bị thay đổi từ đó. {trust}</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>chỉnh màu</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>cắt xén</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>chỉnh sửa</translation>
    </message>
    <message>
        <source>details changed</source>
        <translation>sửa thông tin ảnh</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>đổi kích thước</translation>
    </message>
    <message>
        <source>turned</source>
        <translation>xoay ảnh</translation>
    </message>
    <message>
        <source>filter applied</source>
        <translation>áp bộ lọc</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>vẽ thêm lên ảnh</translation>
    </message>
    <message>
        <source>something placed into it</source>
        <translation>ghép thêm nội dung vào ảnh</translation>
    </message>
    <message>
        <source>something removed</source>
        <translation>xoá bớt nội dung</translation>
    </message>
    <message>
        <source>parts hidden</source>
        <translation>che bớt một phần</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>chuyển sang định dạng khác</translation>
    </message>
    <message>
        <source>compressed again</source>
        <translation>nén lại</translation>
    </message>
    <message>
        <source>repackaged</source>
        <translation>đóng gói lại</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đăng tải</translation>
    </message>
    <message>
        <source>watermarked</source>
        <translation>đóng dấu bản quyền</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo ảnh</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>mở ảnh</translation>
    </message>
    <message>
        <source>changed in an unknown way</source>
        <translation>thay đổi không rõ cách</translation>
    </message>
    <message>
        <source>generated by AI</source>
        <translation>tạo bằng AI</translation>
    </message>
    <message>
        <source>partly generated by AI</source>
        <translation>một phần tạo bằng AI</translation>
    </message>
    <message>
        <source>generated by a program</source>
        <translation>tạo bằng phần mềm</translation>
    </message>
    <message>
        <source>combined with generated content</source>
        <translation>ghép với nội dung do máy tạo ra</translation>
    </message>
    <message>
        <source>enhanced by AI</source>
        <translation>làm đẹp bằng AI</translation>
    </message>
    <message>
        <source>a screenshot</source>
        <translation>ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>drawn on a computer</source>
        <translation>vẽ trên máy tính</translation>
    </message>
    <message>
        <source>a recording of a virtual scene</source>
        <translation>ghi lại cảnh ảo</translation>
    </message>
    <message>
        <source>put together from several pictures</source>
        <translation>ghép từ nhiều ảnh</translation>
    </message>
    <message>
        <source>a scan of a film negative</source>
        <translation>quét từ phim âm bản</translation>
    </message>
    <message>
        <source>a scan of a slide</source>
        <translation>quét từ phim dương bản</translation>
    </message>
    <message>
        <source>a scan of a print</source>
        <translation>quét từ ảnh in</translation>
    </message>
    <message>
        <source>taken by a camera</source>
        <translation>chụp bằng máy ảnh</translation>
    </message>
    <message>
        <source>taken by a phone camera</source>
        <translation>chụp bằng camera điện thoại</translation>
    </message>
    <message>
        <source>several camera shots combined</source>
        <translation>ghép từ nhiều lần chụp</translation>
    </message>
    <message>
        <source>the file was changed after it was signed</source>
        <translation>tệp đã bị thay đổi sau khi được ký</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>chữ ký số bị hỏng</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired or was withdrawn</source>
        <translation>chứng thư của người ký đã hết hạn hoặc bị thu hồi</translation>
    </message>
    <message>
        <source>the credentials themselves were altered</source>
        <translation>chính thông tin xác thực đã bị sửa</translation>
    </message>
    <message>
        <source>the credentials are damaged and cannot be read</source>
        <translation>thông tin xác thực bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>they failed validation</source>
        <translation>không qua được bước kiểm tra</translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>một phần mềm không rõ tên</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>một người ký không rõ tên</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>máy ảnh</translation>
    </message>
    <message>
        <source>The signer is on the trust list of content credentials.</source>
        <translation>Người ký có trong danh sách tin cậy về thông tin xác thực nội dung.</translation>
    </message>
    <message>
        <source>The signer is not on the trust list, so who signed cannot be confirmed.</source>
        <translation>Người ký không có trong danh sách tin cậy nên chưa xác nhận được ai đã ký.</translation>
    </message>
    <message>
        <source>valid, signer on the trust list</source>
        <translation>hợp lệ, người ký có trong danh sách tin cậy</translation>
    </message>
    <message>
        <source>valid, signer not on the trust list</source>
        <translation>hợp lệ, người ký không có trong danh sách tin cậy</translation>
    </message>
    <message>
        <source>not checked on this computer</source>
        <translation>chưa kiểm tra được trên máy tính này</translation>
    </message>
    <message>
        <source>not valid: {problem}</source>
        <translation>không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>Content credentials (C2PA)</source>
        <translation>Thông tin xác thực nội dung (C2PA)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Phần mềm ghi</translation>
    </message>
    <message>
        <source>Recorded actions</source>
        <translation>Các thao tác được ghi lại</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ảnh gốc</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Not original</source>
        <translation>Không phải ảnh gốc</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Không kiểm tra được</translation>
    </message>
    <message>
        <source>The trust list {file} cannot be used:</source>
        <translation>Không dùng được danh sách tin cậy {file}:</translation>
    </message>
    <message>
        <source>A certificate in the file is cut short (BEGIN without END).</source>
        <translation>Một chứng thư trong tệp bị cắt cụt (có BEGIN mà không có END).</translation>
    </message>
    <message>
        <source>The file holds no certificate (PEM, &quot;BEGIN CERTIFICATE&quot;).</source>
        <translation>Tệp không chứa chứng thư nào (PEM, &quot;BEGIN CERTIFICATE&quot;).</translation>
    </message>
    <message>
        <source>Certificate {number} cannot be read.</source>
        <translation>Không đọc được chứng thư số {number}.</translation>
    </message>
    <message>
        <source>Certificate {number} ({subject}) is not a certification authority.</source>
        <translation>Chứng thư số {number} ({subject}) không phải của một tổ chức cấp chứng thư.</translation>
    </message>
    <message>
        <source>Certificate {number} ({subject}) expired on {date}.</source>
        <translation>Chứng thư số {number} ({subject}) đã hết hạn ngày {date}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>Không đọc được tệp ({error}).</translation>
    </message>
    <message>
        <source>The file is too large to be a trust list.</source>
        <translation>Tệp quá lớn, không thể là danh sách tin cậy.</translation>
    </message>
    <message>
        <source>The file is not a text (PEM) file.</source>
        <translation>Tệp không phải tệp văn bản (PEM).</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Who, doing what, where — for example: Đồng chí Nông Văn B trao quà cho đoàn viên</source>
        <translation>Ai, làm gì, ở đâu — ví dụ: Đồng chí Nông Văn B trao quà cho đoàn viên</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>Ảnh {number}</translation>
    </message>
    <message>
        <source>Caption of photo {number}</source>
        <translation>Chú thích ảnh {number}</translation>
    </message>
    <message>
        <source>Move photo {number} up</source>
        <translation>Chuyển ảnh {number} lên trên</translation>
    </message>
    <message>
        <source>Move photo {number} down</source>
        <translation>Chuyển ảnh {number} xuống dưới</translation>
    </message>
    <message>
        <source>Remove photo {number}</source>
        <translation>Bỏ ảnh {number}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Originality: {verdict}</source>
        <translation>Ảnh gốc hay không: {verdict}</translation>
    </message>
    <message>
        <source>This photo does not look like an original. If it must be sent as it is, write why (for example: the only photo of the event, sent by a member through Zalo):</source>
        <translation>Ảnh này có vẻ không phải ảnh gốc. Nếu vẫn phải gửi nguyên như vậy, hãy ghi lý do (ví dụ: ảnh duy nhất của sự kiện, do đoàn viên gửi qua Zalo):</translation>
    </message>
    <message>
        <source>Why this photo is sent anyway</source>
        <translation>Lý do vẫn gửi ảnh này</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cách xử lý:</translation>
    </message>
    <message>
        <source>Nothing suggests this photo was changed.</source>
        <translation>Không thấy dấu hiệu ảnh đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Máy chụp</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm chụp</translation>
    </message>
    <message>
        <source>Program named in the file</source>
        <translation>Chương trình ghi trong tệp</translation>
    </message>
    <message>
        <source>JPEG quality (for information only)</source>
        <translation>Chất lượng JPEG (chỉ để tham khảo)</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>{name} is a folder, not a photo.</source>
        <translation>{name} là thư mục, không phải ảnh.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer there. Plug the phone or USB stick in again, or choose the photo from where it is now.</source>
        <translation>Ảnh {name} không còn ở đó nữa. Hãy cắm lại điện thoại hoặc USB, hoặc chọn ảnh ở nơi nó đang nằm.</translation>
    </message>
    <message>
        <source>The photo {name} cannot be read ({error}).</source>
        <translation>Không đọc được ảnh {name} ({error}).</translation>
    </message>
    <message>
        <source>The file {name} is empty: copy the photo again from the phone or camera.</source>
        <translation>Tệp {name} rỗng: hãy chép lại ảnh từ điện thoại hoặc máy ảnh.</translation>
    </message>
    <message>
        <source>The file {name} is {size}: too large to be a photo.</source>
        <translation>Tệp {name} nặng {size}: quá lớn, không thể là một ảnh.</translation>
    </message>
    <message>
        <source>{name} is not a photo (not a JPEG, HEIC or other image file).</source>
        <translation>{name} không phải ảnh (không phải tệp JPEG, HEIC hay tệp ảnh khác).</translation>
    </message>
    <message>
        <source>The copy of {name} is not identical to the original (the disk or the USB stick may be failing). Try again.</source>
        <translation>Bản chép của {name} không giống hệt bản gốc (ổ đĩa hoặc USB có thể bị lỗi). Hãy thử lại.</translation>
    </message>
    <message>
        <source>The photo {name} disappeared while it was being copied. Plug the phone or USB stick in again and add it again.</source>
        <translation>Ảnh {name} biến mất khi đang chép. Hãy cắm lại điện thoại hoặc USB và thêm lại ảnh.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be copied. Free some space (empty the Recycle Bin, delete old files) and add it again.</source>
        <translation>Ổ đĩa đã đầy: không chép được {name}. Hãy giải phóng bớt dung lượng (dọn Thùng rác, xoá tệp cũ) rồi thêm lại.</translation>
    </message>
</context>
<context>
    <name>PhotosStep</name>
    <message>
        <source>Photos and captions</source>
        <translation>Ảnh và chú thích</translation>
    </message>
    <message>
        <source>Add the original photos as the phone or camera made them (not sent through Zalo or Messenger, not edited). They are copied as they are and sent in a separate folder. Give each one a specific caption: who, doing what, where.</source>
        <translation>Thêm ảnh gốc đúng như điện thoại hoặc máy ảnh đã chụp (không gửi qua Zalo hay Messenger, không chỉnh sửa). Ảnh được chép nguyên vẹn và gửi trong một thư mục riêng. Mỗi ảnh cần một chú thích cụ thể: ai, làm gì, ở đâu.</translation>
    </message>
    <message>
        <source>3. Photo captions</source>
        <translation>3. Chú thích ảnh</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Thêm ảnh từ &amp;máy…</translation>
    </message>
    <message>
        <source>or drag photos here</source>
        <translation>hoặc kéo thả ảnh vào đây</translation>
    </message>
    <message>
        <source>Copying photos</source>
        <translation>Đang chép ảnh</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>Chuyển sang &amp;Unicode</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Chưa có ảnh nào.</translation>
    </message>
    <message>
        <source>Photo {number} removed.</source>
        <translation>Đã bỏ ảnh {number}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Ảnh ({patterns});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking that the photos are originals…</source>
        <translation>Đang kiểm tra ảnh có phải ảnh gốc không…</translation>
    </message>
    <message>
        <source>{name} is already in this item.</source>
        <translation>{name} đã có trong tin, bài này.</translation>
    </message>
    <message>
        <source>A caption looks typed in an old font (TCVN3 or VNI) and will be unreadable for the board. Convert it to Unicode?</source>
        <translation>Có chú thích có vẻ được gõ bằng phông chữ cũ (TCVN3 hoặc VNI) nên Ban Biên tập sẽ không đọc được. Chuyển sang Unicode?</translation>
    </message>
</context>
<context>
    <name>PublishedDialog</name>
    <message>
        <source>Mark as published</source>
        <translation>Đánh dấu đã đăng</translation>
    </message>
    <message>
        <source>&amp;Published on the website</source>
        <translation>Đã đăng trên &amp;trang thông tin</translation>
    </message>
    <message>
        <source>Published &amp;on</source>
        <translation>&amp;Ngày đăng</translation>
    </message>
    <message>
        <source>&amp;Link to the article</source>
        <translation>Đường &amp;dẫn tới bài</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Huỷ</translation>
    </message>
</context>
<context>
    <name>Quota</name>
    <message>
        <source>No valid date was given; today&apos;s date from the computer is used.</source>
        <translation>Không có ngày hợp lệ; dùng ngày hôm nay theo đồng hồ của máy tính.</translation>
    </message>
    <message>
        <source>The date {date} looks wrong; check the computer&apos;s clock.</source>
        <translation>Ngày {date} có vẻ không đúng; hãy kiểm tra đồng hồ của máy tính.</translation>
    </message>
    <message>
        <source>{count} sent item(s) have no valid send date and are not counted.</source>
        <translation>Có {count} tin, bài đã gửi không có ngày gửi hợp lệ nên không được tính.</translation>
    </message>
    <message>
        <source>{count} item(s) were sent after {date}; check the computer&apos;s clock.</source>
        <translation>Có {count} tin, bài mang ngày gửi sau ngày {date}; hãy kiểm tra đồng hồ của máy tính.</translation>
    </message>
    <message>
        <source>Sent {sent} item(s) in {period} — your unit sends news promptly after each activity</source>
        <translation>Đã gửi {sent} tin, bài trong {period} — đơn vị gửi tin ngay sau mỗi hoạt động</translation>
    </message>
    <message>
        <source>Sent {sent} item(s) in {period} — no quota for this period</source>
        <translation>Đã gửi {sent} tin, bài trong {period} — kỳ này không giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Sent {sent}/{required} items in {period} — quota met</source>
        <translation>Đã gửi {sent}/{required} tin, bài trong {period} — đã đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Sent {sent}/{required} items in {period} — the due date {date} has passed</source>
        <translation>Đã gửi {sent}/{required} tin, bài trong {period} — đã quá hạn {date}</translation>
    </message>
    <message>
        <source>Sent {sent}/{required} items in {period} — today is the last day</source>
        <translation>Đã gửi {sent}/{required} tin, bài trong {period} — hôm nay là ngày cuối</translation>
    </message>
    <message>
        <source>Sent {sent}/{required} items in {period} — 1 day left</source>
        <translation>Đã gửi {sent}/{required} tin, bài trong {period} — còn 1 ngày</translation>
    </message>
    <message>
        <source>Sent {sent}/{required} items in {period} — {days} days left</source>
        <translation>Đã gửi {sent}/{required} tin, bài trong {period} — còn {days} ngày</translation>
    </message>
    <message>
        <source>The quota for {period} is not met yet: {due} more item(s) to send by {date}.</source>
        <translation>Chưa đạt chỉ tiêu tin, bài {period}: cần gửi thêm {due} tin, bài, hạn cuối là ngày {date}.</translation>
    </message>
    <message>
        <source>The calendar ends here: there is no period after or before {date}.</source>
        <translation>Lịch kết thúc tại đây: không có kỳ nào sau hoặc trước ngày {date}.</translation>
    </message>
    <message>
        <source>Unknown period type “{kind}”; use one of: {kinds}.</source>
        <translation>Loại kỳ “{kind}” không tồn tại; hãy dùng một trong các loại: {kinds}.</translation>
    </message>
    <message>
        <source>“{text}” is not a period; write for example 2026, 2026-11, 2026-Q3 or 2026-H2.</source>
        <translation>“{text}” không phải là một kỳ; hãy viết ví dụ 2026 (cả năm), 2026-11 (tháng), 2026-Q3 (quý) hoặc 2026-H2 (6 tháng).</translation>
    </message>
    <message>
        <source>month {month}/{year}</source>
        <translation>tháng {month}/{year}</translation>
    </message>
    <message>
        <source>quarter {quarter}/{year}</source>
        <translation>quý {quarter}/{year}</translation>
    </message>
    <message>
        <source>the first half of {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>the second half of {year}</source>
        <translation>6 tháng cuối năm {year}</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>năm {year}</translation>
    </message>
</context>
<context>
    <name>QuotaRules</name>
    <message>
        <source>The rules file {name} has {count} problem(s); the rules in use stay unchanged:</source>
        <translation>Tệp quy định {name} có {count} lỗi; quy định đang dùng được giữ nguyên:</translation>
    </message>
    <message>
        <source>The rules file has {count} problem(s); the rules in use stay unchanged:</source>
        <translation>Tệp quy định có {count} lỗi; quy định đang dùng được giữ nguyên:</translation>
    </message>
    <message>
        <source>The unit level “{level}” is not in the quota rules in use ({rules}). Choose the unit&apos;s level again in the profile; the levels are: {levels}.</source>
        <translation>Cấp đơn vị “{level}” không có trong quy định chỉ tiêu đang dùng ({rules}). Hãy chọn lại cấp của đơn vị trong hồ sơ; các cấp hiện có: {levels}.</translation>
    </message>
    <message>
        <source>The file {path} is too large ({size} bytes) to be a rules file.</source>
        <translation>Tệp {path} quá lớn ({size} byte), không thể là tệp quy định.</translation>
    </message>
    <message>
        <source>The rules file {path} does not exist.</source>
        <translation>Không có tệp quy định {path}.</translation>
    </message>
    <message>
        <source>The rules file {path} cannot be read ({error}).</source>
        <translation>Không đọc được tệp quy định {path} ({error}).</translation>
    </message>
    <message>
        <source>The rules file is not UTF-8 text (byte {position}); save it again as UTF-8.</source>
        <translation>Tệp quy định không phải văn bản UTF-8 (tại byte {position}); hãy lưu lại tệp với bảng mã UTF-8.</translation>
    </message>
    <message>
        <source>The rules file is empty.</source>
        <translation>Tệp quy định trống.</translation>
    </message>
    <message>
        <source>The rules file is not valid JSON near line {line}, column {column} ({detail}): check the commas, quotes and brackets there.</source>
        <translation>Tệp quy định sai cú pháp JSON gần dòng {line}, cột {column} ({detail}): hãy kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc ở chỗ đó.</translation>
    </message>
    <message>
        <source>The rules file is not valid JSON ({detail}).</source>
        <translation>Tệp quy định sai cú pháp JSON ({detail}).</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>một đoạn chữ (đặt trong dấu ngoặc kép)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>The rules file</source>
        <translation>Tệp quy định</translation>
    </message>
    <message>
        <source>Level {number} (“{id}”)</source>
        <translation>Cấp thứ {number} (“{id}”)</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Cấp thứ {number}</translation>
    </message>
    <message>
        <source>{place}: the key “{key}” is written twice.</source>
        <translation>{place}: khóa “{key}” được viết hai lần.</translation>
    </message>
    <message>
        <source>{place}: unknown key “{key}”; did you mean “{suggestion}”?</source>
        <translation>{place}: khóa “{key}” không hợp lệ; có phải bạn định viết “{suggestion}”?</translation>
    </message>
    <message>
        <source>{place}: unknown key “{key}”; the keys allowed here are: {keys}.</source>
        <translation>{place}: khóa “{key}” không hợp lệ; các khóa được dùng ở đây là: {keys}.</translation>
    </message>
    <message>
        <source>{place}: the key “{key}” is missing.</source>
        <translation>{place}: thiếu khóa “{key}”.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must not be empty.</source>
        <translation>{place}: “{key}” không được để trống.</translation>
    </message>
    <message>
        <source>{place}: “{key}” must be {expected}, not {found}.</source>
        <translation>{place}: “{key}” phải là {expected}, không phải {found}.</translation>
    </message>
    <message>
        <source>The rules file must hold a JSON object, not {found}.</source>
        <translation>Tệp quy định phải chứa một đối tượng JSON, không phải {found}.</translation>
    </message>
    <message>
        <source>The rules file is format version {version}, newer than this TinBài reads ({supported}); update TinBài.</source>
        <translation>Tệp quy định dùng định dạng phiên bản {version}, mới hơn phiên bản TinBài này đọc được ({supported}); hãy cập nhật TinBài.</translation>
    </message>
    <message>
        <source>{place}: “version” must be {supported}.</source>
        <translation>{place}: “version” phải là {supported}.</translation>
    </message>
    <message>
        <source>{place}: “{value}” is not an email address.</source>
        <translation>{place}: “{value}” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>{place}: “{key}” is {value}; it must be between {low} and {high}.</source>
        <translation>{place}: “{key}” đang là {value}; giá trị phải từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>The rules file lists no unit level; add at least one to “levels”.</source>
        <translation>Tệp quy định không có cấp đơn vị nào; hãy thêm ít nhất một cấp vào “levels”.</translation>
    </message>
    <message>
        <source>Levels {first} and {second} have the same id “{id}”; each level needs its own id.</source>
        <translation>Cấp thứ {first} và cấp thứ {second} trùng mã “{id}”; mỗi cấp cần một mã riêng.</translation>
    </message>
    <message>
        <source>{place}: each level must be an object with “id”, “name” and “period”, not {found}.</source>
        <translation>{place}: mỗi cấp phải là một đối tượng JSON có “id”, “name” và “period”, không phải {found}.</translation>
    </message>
    <message>
        <source>{place}: the id “{id}” must be lower-case ASCII letters, digits and hyphens, at most {limit} characters (for example “co-so”).</source>
        <translation>{place}: mã “{id}” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa {limit} ký tự (ví dụ “co-so”).</translation>
    </message>
    <message>
        <source>{place}: unknown period type “{period}”; use one of: {kinds}.</source>
        <translation>{place}: loại kỳ “{period}” không tồn tại; hãy dùng một trong các loại: {kinds}.</translation>
    </message>
    <message>
        <source>{place}: “required” is {value}; a number of items cannot be negative.</source>
        <translation>{place}: “required” đang là {value}; số tin, bài không thể là số âm.</translation>
    </message>
    <message>
        <source>{place}: a level that sends after each activity has no count; remove “required” or set it to 0.</source>
        <translation>{place}: cấp gửi tin ngay sau mỗi hoạt động không giao số lượng; hãy bỏ “required” hoặc đặt bằng 0.</translation>
    </message>
    <message>
        <source>{place}: a level that sends after each activity has no due date; remove “due_offset_days”.</source>
        <translation>{place}: cấp gửi tin ngay sau mỗi hoạt động không có hạn nộp; hãy bỏ “due_offset_days”.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>The item as the board will read it</source>
        <translation>Tin, bài như Ban Biên tập sẽ đọc</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Xem lại và gửi</translation>
    </message>
    <message>
        <source>This is the item as the editorial board will read it. Check it once more, then send it.</source>
        <translation>Đây là tin, bài đúng như Ban Biên tập sẽ đọc. Hãy xem lại một lần nữa rồi gửi.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <source>Put in the &amp;outbox</source>
        <translation>&amp;Để vào hộp thư đi</translation>
    </message>
    <message>
        <source>It will be sent by itself as soon as there is a connection.</source>
        <translation>Thư sẽ tự được gửi ngay khi có mạng.</translation>
    </message>
    <message>
        <source>Only &amp;build the bundle</source>
        <translation>Chỉ tạo &amp;bộ hồ sơ</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Tiến độ gửi</translation>
    </message>
    <message>
        <source>Copy the &amp;email text</source>
        <translation>Chép nội dung &amp;email</translation>
    </message>
    <message>
        <source>Send it for &amp;real…</source>
        <translation>Gửi t&amp;hật…</translation>
    </message>
    <message>
        <source>Practice mode: “Send” saves the email in the practice mailbox on this computer; nothing leaves it. Set up your email account in Settings to send for real.</source>
        <translation>Chế độ thực hành: “Gửi” chỉ lưu email vào hộp thư tập trên máy này, không gửi đi đâu. Hãy cài đặt tài khoản email trong Cài đặt để gửi thật.</translation>
    </message>
    <message>
        <source>Practice mode is on: “Send” saves the email in the practice mailbox on this computer. Turn it off in Settings to send for real.</source>
        <translation>Đang bật chế độ thực hành: “Gửi” chỉ lưu email vào hộp thư tập trên máy này. Tắt chế độ này trong Cài đặt để gửi thật.</translation>
    </message>
    <message>
        <source>Photo {number}: {verdict}</source>
        <translation>Ảnh {number}: {verdict}</translation>
    </message>
    <message>
        <source>Photos that need attention:</source>
        <translation>Ảnh cần lưu ý:</translation>
    </message>
    <message>
        <source>This item is already in the outbox or was sent.</source>
        <translation>Tin, bài này đã có trong hộp thư đi hoặc đã được gửi.</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <source>not an original</source>
        <translation>không phải ảnh gốc</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>không kiểm tra được</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Gửi lại?</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Do not send</source>
        <translation>&amp;Không gửi</translation>
    </message>
    <message>
        <source>Delivered to the practice mailbox on this computer: the board has not received it. See it in the Outbox, on the Practice mailbox tab. When the item is ready, send it to the board for real.</source>
        <translation>Đã chuyển vào hộp thư tập trên máy này: Ban Biên tập chưa nhận được tin. Xem thư trong mục Hộp thư đi, thẻ Hộp thư tập. Khi tin đã sẵn sàng, hãy gửi thật cho Ban Biên tập.</translation>
    </message>
    <message>
        <source>This item was sent in practice on {date}: the board has not received it. When it is ready, send it to the board for real.</source>
        <translation>Tin, bài này đã được gửi tập lúc {date}: Ban Biên tập chưa nhận được. Khi đã sẵn sàng, hãy gửi thật cho Ban Biên tập.</translation>
    </message>
    <message>
        <source>To send items to the board for real, set up the email account you send from. The item stays a draft: once the account is saved, open it and send it.</source>
        <translation>Để gửi thật cho Ban Biên tập, hãy cài đặt tài khoản email dùng để gửi. Tin, bài vẫn là bản nháp: lưu tài khoản xong, hãy mở lại và gửi.</translation>
    </message>
    <message>
        <source>Send to the board</source>
        <translation>Gửi cho Ban Biên tập</translation>
    </message>
    <message>
        <source>Send “{title}” to the editorial board ({board}) from {address}?</source>
        <translation>Gửi “{title}” cho Ban Biên tập ({board}) từ {address}?</translation>
    </message>
    <message>
        <source>Practice mode is turned off: from now on “Send” delivers items to the board.</source>
        <translation>Chế độ thực hành sẽ được tắt: từ giờ “Gửi” sẽ gửi tin, bài cho Ban Biên tập.</translation>
    </message>
    <message>
        <source>&amp;Send to the board</source>
        <translation>&amp;Gửi cho Ban Biên tập</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Sending {emails}…</source>
        <translation>Đang gửi {emails}…</translation>
    </message>
    <message>
        <source>The item is in the outbox ({emails}). It is sent by itself as soon as there is a connection; you can follow it in the Outbox.</source>
        <translation>Tin, bài đã vào hộp thư đi ({emails}). Thư sẽ tự gửi ngay khi có kết nối; bạn có thể theo dõi trong Hộp thư đi.</translation>
    </message>
    <message>
        <source>Sent: the mail server of {address} accepted the item for the board ({board}). It is now in the history.</source>
        <translation>Đã gửi: máy chủ thư của {address} đã nhận tin, bài để chuyển tới Ban Biên tập ({board}). Tin, bài đã có trong Lịch sử.</translation>
    </message>
    <message>
        <source>The bundle is ready in {folder}: the document, the same text as .txt, the photos folder Anh and manifest.json.</source>
        <translation>Bộ hồ sơ đã sẵn sàng tại {folder}: văn bản Word, bản .txt cùng nội dung, thư mục ảnh Anh và tệp manifest.json.</translation>
    </message>
    <message>
        <source>The email text is copied. Paste it into your email, attach the files of the bundle folder, and send it to the board.</source>
        <translation>Đã chép nội dung email. Hãy dán vào thư, đính kèm các tệp trong thư mục hồ sơ và gửi cho Ban Biên tập.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>No email account is set up: set one up in Settings, or use practice mode.</source>
        <translation>Chưa có tài khoản email: hãy cài đặt trong Cài đặt, hoặc dùng chế độ thực hành.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Something unexpected went wrong; the details were saved for whoever helps you with TinBài. Your drafts are safe.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; chi tiết đã được lưu lại để người hỗ trợ bạn dùng TinBài xem. Các bản nháp của bạn vẫn an toàn.</translation>
    </message>
    <message>
        <source>The disk is full: the draft could not be saved. It is kept open and will be saved as soon as there is space.</source>
        <translation>Ổ đĩa đã đầy: chưa lưu được bản nháp. Bản nháp vẫn đang mở và sẽ được lưu ngay khi có chỗ trống.</translation>
    </message>
    <message>
        <source>The draft could not be saved ({error}). It is kept open and TinBài will try again in a few seconds.</source>
        <translation>Chưa lưu được bản nháp ({error}). Bản nháp vẫn đang mở và TinBài sẽ thử lại sau vài giây.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Bản nháp này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}” không phải địa chỉ email.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ t&amp;o hơn</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>&amp;Convert and save</source>
        <translation>Chuyển sang Unicode và lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Unit name</source>
        <translation>&amp;Tên đơn vị</translation>
    </message>
    <message>
        <source>Unit le&amp;vel</source>
        <translation>Cấ&amp;p đơn vị</translation>
    </message>
    <message>
        <source>Save the &amp;unit</source>
        <translation>&amp;Lưu đơn vị</translation>
    </message>
    <message>
        <source>Import a &amp;rules file…</source>
        <translation>Nhập tệp &amp;quy định…</translation>
    </message>
    <message>
        <source>When the federation changes the levels or quotas, it can send a rules file (JSON). A file with mistakes is refused and the rules in use stay.</source>
        <translation>Khi Liên đoàn thay đổi cấp đơn vị hoặc chỉ tiêu, Liên đoàn có thể gửi tệp quy định (JSON). Tệp có lỗi sẽ bị từ chối và quy định đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <source>Use the rules shipped with TinBài</source>
        <translation>Dùng quy định có sẵn trong TinBài</translation>
    </message>
    <message>
        <source>Content credentials (C2PA)</source>
        <translation>Thông tin xác thực nội dung (C2PA)</translation>
    </message>
    <message>
        <source>Import a &amp;trust list…</source>
        <translation>Nhập danh sách t&amp;in cậy…</translation>
    </message>
    <message>
        <source>Photos from some phones and cameras carry signed content credentials. A newer list of trusted signers (PEM certificates) can be imported; a file with any mistake is refused and the list in use stays.</source>
        <translation>Ảnh của một số điện thoại và máy ảnh có kèm thông tin xác thực nội dung đã ký số. Có thể nhập danh sách người ký tin cậy mới hơn (chứng thư PEM); tệp có bất kỳ lỗi nào sẽ bị từ chối và danh sách đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <source>Use the list shipped with TinBài</source>
        <translation>Dùng danh sách có sẵn trong TinBài</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Saved authors</source>
        <translation>Tác giả đã lưu</translation>
    </message>
    <message>
        <source>Convert and sa&amp;ve</source>
        <translation>Chuyển &amp;sang Unicode và lưu tác giả</translation>
    </message>
    <message>
        <source>&amp;New author</source>
        <translation>Tác giả &amp;mới</translation>
    </message>
    <message>
        <source>Save the aut&amp;hor</source>
        <translation>Lưu tác &amp;giả</translation>
    </message>
    <message>
        <source>Delete the author</source>
        <translation>Xoá tác giả</translation>
    </message>
    <message>
        <source>Bundles and the board</source>
        <translation>Bộ hồ sơ và Ban Biên tập</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Chọn thư mục &amp;khác…</translation>
    </message>
    <message>
        <source>Folder for bundles</source>
        <translation>Thư mục lưu bộ hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Editorial board&apos;s email address</source>
        <translation>Địa chỉ &amp;email của Ban Biên tập</translation>
    </message>
    <message>
        <source>Your data (drafts, photos, outbox) is kept in {folder}.</source>
        <translation>Dữ liệu của bạn (bản nháp, ảnh, hộp thư đi) được lưu trong {folder}.</translation>
    </message>
    <message>
        <source>The unit&apos;s name looks typed in an old font ({encoding}) and will be unreadable for the board. Convert it to Unicode and save it?</source>
        <translation>Tên đơn vị có vẻ được gõ bằng phông chữ cũ ({encoding}) nên Ban Biên tập sẽ không đọc được. Chuyển sang Unicode và lưu lại?</translation>
    </message>
    <message>
        <source>This author&apos;s name looks typed in an old font ({encoding}) and will be unreadable for the board. Convert it to Unicode and save the author?</source>
        <translation>Tên tác giả này có vẻ được gõ bằng phông chữ cũ ({encoding}) nên Ban Biên tập sẽ không đọc được. Chuyển sang Unicode và lưu tác giả?</translation>
    </message>
    <message>
        <source>Type the name of your unit.</source>
        <translation>Nhập tên đơn vị của bạn.</translation>
    </message>
    <message>
        <source>Unit saved.</source>
        <translation>Đã lưu đơn vị.</translation>
    </message>
    <message>
        <source>Rules in use: {name}.</source>
        <translation>Quy định đang dùng: {name}.</translation>
    </message>
    <message>
        <source>Import a rules file</source>
        <translation>Nhập tệp quy định</translation>
    </message>
    <message>
        <source>Rules files (*.json);;All files (*)</source>
        <translation>Tệp quy định (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The new rules are in use. Check the unit&apos;s level.</source>
        <translation>Quy định mới đã được áp dụng. Hãy kiểm tra lại cấp đơn vị.</translation>
    </message>
    <message>
        <source>Trust list in use: the C2PA list shipped with TinBài.</source>
        <translation>Danh sách tin cậy đang dùng: danh sách C2PA có sẵn trong TinBài.</translation>
    </message>
    <message>
        <source>Trust list in use: the imported list ({count} authorities).</source>
        <translation>Danh sách tin cậy đang dùng: danh sách đã nhập ({count} tổ chức cấp chứng thư).</translation>
    </message>
    <message>
        <source>Import a trust list</source>
        <translation>Nhập danh sách tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The trust list is in use for the photos checked from now on.</source>
        <translation>Danh sách tin cậy này được dùng cho các ảnh kiểm tra từ bây giờ.</translation>
    </message>
    <message>
        <source>Author saved.</source>
        <translation>Đã lưu tác giả.</translation>
    </message>
    <message>
        <source>Deleted the author {name}.</source>
        <translation>Đã xoá tác giả {name}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to TinBài</source>
        <translation>Chào mừng bạn đến với TinBài</translation>
    </message>
    <message>
        <source>Tell TinBài once about your union unit and the author you usually write for. Every new item is then filled in for you: you only write the title, the text and add the photos. You can add more authors later in Settings.</source>
        <translation>Hãy cho TinBài biết một lần về đơn vị công đoàn của bạn và tác giả bạn thường viết cho. Từ đó mỗi tin, bài mới được điền sẵn: bạn chỉ cần viết tít, nội dung và thêm ảnh. Có thể thêm tác giả khác sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>Chuyển sang &amp;Unicode</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>5. &amp;Unit</source>
        <translation>5. Đơn &amp;vị công tác</translation>
    </message>
    <message>
        <source>As it should appear in the item, for example Công đoàn cơ sở Trường THCS Bắc Kạn.</source>
        <translation>Ghi đúng như sẽ xuất hiện trong tin, bài, ví dụ: Công đoàn cơ sở Trường THCS Bắc Kạn.</translation>
    </message>
    <message>
        <source>Unit &amp;level</source>
        <translation>Cấ&amp;p đơn vị</translation>
    </message>
    <message>
        <source>The level decides how many items the unit owes each period.</source>
        <translation>Cấp đơn vị quyết định số tin, bài đơn vị phải gửi trong mỗi kỳ.</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Lưu và bắt đầu</translation>
    </message>
    <message>
        <source>Type the name of your unit.</source>
        <translation>Nhập tên đơn vị của bạn.</translation>
    </message>
    <message>
        <source>Some of this text looks typed in an old font ({encoding}) and will be unreadable for the board. Convert it to Unicode?</source>
        <translation>Có chữ ở đây có vẻ được gõ bằng phông chữ cũ ({encoding}) nên Ban Biên tập sẽ không đọc được. Chuyển sang Unicode?</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data folder {folder} cannot be created ({error}). Choose another folder or ask for write permission.</source>
        <translation>Không tạo được thư mục dữ liệu {folder} ({error}). Hãy chọn thư mục khác hoặc xin quyền ghi.</translation>
    </message>
    <message>
        <source>The data file {file} cannot be opened ({error}). Close other copies of TinBài, check the folder&apos;s permissions and free disk space, then try again.</source>
        <translation>Không mở được tệp dữ liệu {file} ({error}). Hãy đóng các cửa sổ TinBài khác, kiểm tra quyền của thư mục và dung lượng trống của ổ đĩa, rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file was empty (0 bytes), so no draft could be read from it. It was kept as {file} and TinBài started a new one. If you have a copy of the TinBai data folder from before, ask whoever helps you with TinBài to put it back.</source>
        <translation>Tệp dữ liệu bị trống (0 byte), nên không đọc được bản nháp nào từ đó. Tệp được giữ lại với tên {file} và TinBài đã tạo tệp mới. Nếu bạn còn bản sao thư mục dữ liệu TinBai từ trước, hãy nhờ người hỗ trợ bạn dùng TinBài chép lại.</translation>
    </message>
    <message>
        <source>The data file was damaged ({error}). It was kept as {file}; {count} drafts and profiles were rescued from it. Photos are safe in the photos folder.</source>
        <translation>Tệp dữ liệu bị hỏng ({error}). Tệp cũ được giữ lại với tên {file}; đã cứu được {count} bản nháp và hồ sơ từ đó. Ảnh vẫn an toàn trong thư mục photos.</translation>
    </message>
    <message>
        <source>The disk holding TinBài&apos;s data ({folder}) is full, so nothing was changed. Free some space (empty the Recycle Bin, delete old files), then try again.</source>
        <translation>Ổ đĩa chứa dữ liệu của TinBài ({folder}) đã đầy nên chưa có gì thay đổi. Hãy giải phóng bớt dung lượng (dọn Thùng rác, xoá các tệp cũ), rồi thử lại.</translation>
    </message>
    <message>
        <source>TinBài may not write in its data folder ({folder}), so nothing was changed. Check that the disk is not write-protected and that the folder belongs to you, then try again.</source>
        <translation>TinBài không được phép ghi vào thư mục dữ liệu ({folder}) nên chưa có gì thay đổi. Hãy kiểm tra ổ đĩa không bị khoá chống ghi và thư mục thuộc quyền của bạn, rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding TinBài&apos;s data ({folder}) could not be written, so nothing was changed. The disk may be full or failing: free some space and try again.</source>
        <translation>Không ghi được vào ổ đĩa chứa dữ liệu của TinBài ({folder}) nên chưa có gì thay đổi. Ổ đĩa có thể đã đầy hoặc bị hỏng: hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>Another TinBài is busy with the same data, so nothing was changed. Wait a moment and try again.</source>
        <translation>Một cửa sổ TinBài khác đang dùng cùng dữ liệu nên chưa có gì thay đổi. Hãy chờ một lát rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>SubmissionFlow</name>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation>&amp;Lưu và đóng</translation>
    </message>
    <message>
        <source>The draft is saved as you type; you can come back to it from the home screen at any time.</source>
        <translation>Bản nháp được lưu ngay khi bạn gõ; bạn có thể quay lại bất cứ lúc nào từ trang chính.</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Tiếp tục →</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>bước đang làm</translation>
    </message>
    <message>
        <source>Some fields in step {number} need attention before you go on.</source>
        <translation>Một số mục ở bước {number} cần sửa trước khi đi tiếp.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Close the message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>No phone number: the editors cannot call the author about the item.</source>
        <translation>Chưa có số điện thoại: Ban Biên tập không liên hệ được với tác giả khi cần.</translation>
    </message>
    <message>
        <source>This is not a Vietnamese phone number. Type 10 digits for a mobile (0983 123 456) or 11 for a landline (0209 3875 281).</source>
        <translation>Đây không phải số điện thoại Việt Nam. Số di động có 10 chữ số (0983 123 456), số cố định có 11 chữ số (0209 3875 281).</translation>
    </message>
    <message>
        <source>This is an old 11-digit number; since 2018 it is {new}.</source>
        <translation>Đây là số cũ 11 chữ số; từ năm 2018 số này là {new}.</translation>
    </message>
    <message>
        <source>The number {number} starts with an unusual prefix: check it.</source>
        <translation>Số {number} có đầu số lạ: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>No bank account: the royalty cannot be paid if the item is published.</source>
        <translation>Chưa có số tài khoản: nếu tin, bài được đăng sẽ không chuyển được nhuận bút.</translation>
    </message>
    <message>
        <source>An account number has digits only.</source>
        <translation>Số tài khoản chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>An account number has 6 to 19 digits; this one has {count}.</source>
        <translation>Số tài khoản có từ 6 đến 19 chữ số; số này có {count} chữ số.</translation>
    </message>
    <message>
        <source>Choose the bank of the account.</source>
        <translation>Chọn ngân hàng của tài khoản.</translation>
    </message>
    <message>
        <source>This bank is not in the list: choose it again.</source>
        <translation>Ngân hàng này không có trong danh sách: hãy chọn lại.</translation>
    </message>
    <message>
        <source>Type the account holder&apos;s name as the bank knows it.</source>
        <translation>Nhập tên chủ tài khoản đúng như ngân hàng ghi.</translation>
    </message>
    <message>
        <source>The bank writes this name as {form}.</source>
        <translation>Ngân hàng ghi tên này là {form}.</translation>
    </message>
    <message>
        <source>This text looks like it was typed in an old {encoding} font. Convert it to Unicode?</source>
        <translation>Đoạn chữ này có vẻ được gõ bằng phông chữ cũ {encoding}. Chuyển sang Unicode?</translation>
    </message>
    <message>
        <source>This is too long: {count} characters, while at most {limit} fit. Shorten it.</source>
        <translation>Nội dung này quá dài: {count} ký tự, trong khi chỉ được tối đa {limit}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>Type the title.</source>
        <translation>Nhập tít tin, bài.</translation>
    </message>
    <message>
        <source>Type or import the text of the item.</source>
        <translation>Nhập hoặc dán nội dung tin, bài.</translation>
    </message>
    <message>
        <source>The text is very short ({count} words): a news item usually has at least a few sentences.</source>
        <translation>Nội dung rất ngắn ({count} từ): một tin thường có ít nhất vài câu.</translation>
    </message>
    <message>
        <source>Add at least one photo of the event: the board needs a proof photo.</source>
        <translation>Thêm ít nhất một ảnh của sự kiện: Ban Biên tập cần ảnh minh chứng.</translation>
    </message>
    <message>
        <source>Photo {number} has no caption: say who, doing what, where.</source>
        <translation>Ảnh {number} chưa có chú thích: ghi rõ ai, làm gì, ở đâu.</translation>
    </message>
    <message>
        <source>The caption of photo {number} is short: say who, doing what, where.</source>
        <translation>Chú thích ảnh {number} còn ngắn: ghi rõ ai, làm gì, ở đâu.</translation>
    </message>
    <message>
        <source>Photo {number} ({name}) cannot be read as a whole picture: the file is damaged, incomplete or not a photo, so it cannot be sent, even with an explanation. Copy the photo again from the phone or camera (with a USB cable, or sent as a file), remove this one and add the new copy.</source>
        <translation>Ảnh {number} ({name}) không đọc được trọn vẹn: tệp bị hỏng, thiếu hoặc không phải là ảnh, nên không thể gửi, kể cả khi có giải trình. Hãy chép lại ảnh từ điện thoại hoặc máy ảnh (bằng cáp USB, hoặc gửi dưới dạng tệp), xoá ảnh này và thêm bản chép mới.</translation>
    </message>
    <message>
        <source>Photo {number} does not look like an original: replace it, or write why it must be sent as it is.</source>
        <translation>Ảnh {number} có vẻ không phải ảnh gốc: hãy thay ảnh khác, hoặc ghi rõ lý do vẫn phải gửi ảnh này.</translation>
    </message>
    <message>
        <source>Type the author&apos;s name.</source>
        <translation>Nhập họ tên tác giả.</translation>
    </message>
    <message>
        <source>Type the author&apos;s unit.</source>
        <translation>Nhập đơn vị công tác của tác giả.</translation>
    </message>
    <message>
        <source>Type who approved the content (name).</source>
        <translation>Nhập họ tên người duyệt nội dung.</translation>
    </message>
    <message>
        <source>Type the approver&apos;s position.</source>
        <translation>Nhập chức vụ của người duyệt.</translation>
    </message>
    <message>
        <source>Confirm that the unit&apos;s leadership approved the content.</source>
        <translation>Xác nhận lãnh đạo đơn vị đã duyệt nội dung.</translation>
    </message>
</context>
</TS>
