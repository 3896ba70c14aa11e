<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>ApprovalStep</name>
        <message>
            <source>Approval</source>
            <translation>Kiểm duyệt</translation>
        </message>
        <message>
            <source>The unit's leadership (the union's executive committee) approves the content before it is sent and is responsible for it. Record who approved it.</source>
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
            <source>&amp;I confirm that the unit's leadership approved the content of this item.</source>
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
            <source>7. Author's &amp;account number</source>
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
        <message>
            <source>Type the author's name.</source>
            <translation>Nhập họ tên tác giả.</translation>
        </message>
        <message>
            <source>Type the author's unit.</source>
            <translation>Nhập đơn vị công tác của tác giả.</translation>
        </message>
    </context>
    <context>
        <name>AuthorStep</name>
        <message>
            <source>Author and bank account</source>
            <translation>Tác giả và tài khoản</translation>
        </message>
        <message>
            <source>The board pays a royalty for published items to the author's bank account. Choose a saved author or type a new one.</source>
            <translation>Tin, bài được đăng sẽ được trả nhuận bút vào tài khoản ngân hàng của tác giả. Chọn tác giả đã lưu hoặc nhập người mới.</translation>
        </message>
        <message>
            <source>Saved &amp;authors</source>
            <translation>Chọn tác giả đã lư&amp;u</translation>
        </message>
        <message>
            <source>&amp;Remember this author for next time</source>
            <translation>Ghi nhớ tác giả này cho lần &amp;sau</translation>
        </message>
        <message>
            <source>Someone else (type below)</source>
            <translation>Người khác (nhập bên dưới)</translation>
        </message>
    </context>
    <context>
        <name>Bundle</name>
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
        <name>Cli</name>
        <message>
            <source>user data folder (default: $TINBAI_HOME or the system's folder)</source>
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
            <source>The window cannot start: {error}</source>
            <translation>Không mở được cửa sổ chương trình: {error}</translation>
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
            <source>JSON file with the fields and photos ('-': stdin)</source>
            <translation>tệp JSON chứa các mục và ảnh ('-': đầu vào chuẩn)</translation>
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
            <source>The JSON must be an object with the submission's fields.</source>
            <translation>JSON phải là một đối tượng chứa các mục của tin, bài.</translation>
        </message>
        <message>
            <source>Unknown bank {bank}: give its BIN (970436), code (VCB) or short name (Vietcombank).</source>
            <translation>Không biết ngân hàng {bank}: hãy ghi mã BIN (970436), mã viết tắt (VCB) hoặc tên ngắn (Vietcombank).</translation>
        </message>
        <message>
            <source>'photos' must be a list of {"path", "caption"}.</source>
            <translation>'photos' phải là danh sách các {"path", "caption"}.</translation>
        </message>
        <message>
            <source>Photo {number}: give its 'path'.</source>
            <translation>Ảnh {number}: hãy ghi 'path' (đường dẫn tệp).</translation>
        </message>
        <message>
            <source>There is no draft {id}.</source>
            <translation>Không có bản nháp {id}.</translation>
        </message>
        <message>
            <source>check that photos are originals (not compressed, not edited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that photos are the files the phone or camera made. The photos are only read, never changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>photo files or folders (searched recursively)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the results as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number of files checked at the same time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such file or folder: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give at least one photo file or folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of workers must be at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photo files found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} photos: {ok} original, {review} need a look, {reject} not original, {error} could not be checked.</source>
            <translation type="unfinished" />
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
            <source>{count} words</source>
            <translation>{count} từ</translation>
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
        <name>HomePage</name>
        <message>
            <source>Write news for the editorial board</source>
            <translation>Viết tin, bài gửi Ban Biên tập</translation>
        </message>
        <message>
            <source>Each item follows the board's eight-field template, with original photos in a separate folder.</source>
            <translation>Mỗi tin, bài theo đúng mẫu 8 mục của Ban Biên tập, kèm ảnh gốc trong một thư mục riêng.</translation>
        </message>
        <message>
            <source>&amp;Write a new item</source>
            <translation>&amp;Viết tin, bài mới</translation>
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
            <source>(no title yet)</source>
            <translation>(chưa có tít)</translation>
        </message>
        <message>
            <source>Last changed {date} · {filled}/{total} fields · {photos} photos</source>
            <translation>Sửa lần cuối {date} · đã điền {filled}/{total} mục · {photos} ảnh</translation>
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
            <source>The file {name} cannot be read ({error}).</source>
            <translation>Không đọc được tệp {name} ({error}).</translation>
        </message>
        <message>
            <source>{name} is too large for an article ({size} MB).</source>
            <translation>{name} quá lớn để là một bài viết ({size} MB).</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gmail does not accept your usual password here: it needs an app password. To make one: turn on 2-Step Verification (Google Account → Security → 2-Step Verification), then open Google Account → Security → 2-Step Verification → App passwords, create a password named TinBai and type its 16 letters here. The server is filled in for you (smtp.gmail.com, port 587 with STARTTLS; port 465 with TLS also works).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yahoo Mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yahoo Mail needs an app password, not your usual password. To make one: sign in to Yahoo, open Account security, choose Generate app password, name it TinBai and type the password it shows here. The server is filled in for you (smtp.mail.yahoo.com, port 465 with TLS; port 587 with STARTTLS also works).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft 365 (work or school account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a work or school mailbox on Microsoft 365. Sign in with your full work email address and its password. Many organisations switch off sending from programs: if the connection test fails with a password you know is right, ask your IT administrator to turn on "Authenticated SMTP" (SMTP AUTH) for your mailbox. The server is filled in for you (smtp.office365.com, port 587 with STARTTLS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook.com / Hotmail (personal account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal Outlook.com, Hotmail and Live accounts cannot be used: since 16 September 2024 Microsoft no longer lets programs like this one sign in with a password. Use a Gmail account to send, or use practice mode for training.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another mail server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For any other mail provider or your organisation's own server. Ask the people who run it for the outgoing mail server name, the port and the security choice (usually port 587 with STARTTLS, or port 465 with TLS). If the server uses its own certificate, the program shows its fingerprint so you can check it with them before trusting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer could not find the mail server {host}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {host} did not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer could not reach the mail server: it seems to be offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {host} took too long to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was too slow, and sending stopped before the whole message had gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the mail server was cut before the message had been sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server is busy or has a temporary problem and did not take the message this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mail server does not accept a login with a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gmail refused the password. Gmail needs an app password (16 letters) made after turning on 2-Step Verification, not your usual password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yahoo refused the password. Yahoo needs an app password, not your usual password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft 365 refused the login: either the password is wrong, or your organisation has not allowed sending mail from programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook.com and Hotmail no longer accept passwords from programs like this one (since 16 September 2024).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the user name or the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server's identity has changed since you chose to trust it, so the connection was stopped to protect your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server did not offer a secure connection, so the program stopped before sending your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A secure connection to the mail server could not be set up, so the connection was stopped to protect your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The identity of the mail server could not be checked, so the connection was stopped to protect your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the recipient address {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the sender address {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email address {address} contains accented letters, which this mail server does not accept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is too large for the mail server ({size}, while the limit is {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the message because it is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was lost right after the whole message had been sent, so it is not known whether the mail server received it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook.com and Hotmail accounts cannot be used by programs like this one: Microsoft stopped password logins for personal accounts on 16 September 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The port and the security choice in the settings do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mail server does not offer a login for sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate file chosen for this mail server cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server settings are incomplete or wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the computer is connected to the Internet. If websites open normally, check the server name in the settings. The message stays in the outbox and will be sent when the connection works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the computer is connected to the Internet. The message stays in the outbox and will be sent automatically when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the Internet connection. The message stays in the outbox and will be tried again automatically.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was delivered. The message stays in the outbox and will be tried again automatically; a steadier connection (for example Wi-Fi instead of mobile data) helps with large photos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was delivered. The message stays in the outbox and will be tried again automatically.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was delivered. The program will try again automatically in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server settings, or send from a Gmail account instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your Google Account, open Security and turn on 2-Step Verification, then open App passwords, create one for TinBai and type its 16 letters here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In Yahoo, open Account security and choose Generate app password, then type the new password here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the password. If it is right, ask your organisation's IT administrator to allow your mailbox to send mail from programs (the setting is called "Authenticated SMTP").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send from a Gmail account instead, or use practice mode for training.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the email address and the password in the settings, then try again. Some providers need a special app password instead of your usual one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the people who run the mail server whether its certificate was renewed. Trust the new fingerprint in the settings only if they confirm it. Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the port and the security choice in the settings (usually port 587 with STARTTLS, or port 465 with TLS). If they are right, this network may be blocking secure mail: try another network. Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server name in the settings, or try another network. If your organisation runs its own mail server, ask its IT staff for the server's fingerprint and trust it in the settings only if it matches. Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the editorial board's email address in the settings. The message will not be sent again until you choose to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender address must be the address of the account you sign in with. Check it in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the address in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server may be blocking this network. Try another network, or contact your mail provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message will not be sent again automatically. Copy the details below and ask for help, or contact the editorial board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the photos in several smaller messages, or send fewer photos in this one. Nothing was delivered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look in the Sent folder of your mailbox (for example on the Gmail website). If the message is there, mark it as sent; if not, send it again. The program will not send it again by itself, so that the board does not receive it twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port 465 goes with TLS, and port 587 goes with STARTTLS. Correct this in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server name and the port in the settings: use your mail provider's outgoing mail server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the certificate file again in the settings, or ask the people who run the mail server for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the settings and check the server name, the port and the security choice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>TinBài — news for the editorial board</source>
            <translation>TinBài — tin, bài gửi Ban Biên tập</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Đang mở dữ liệu…</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>Trang &amp;chính</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>This draft no longer exists.</source>
            <translation>Bản nháp này không còn nữa.</translation>
        </message>
    </context>
    <context>
        <name>PhotoCheck</name>
        <message>
            <source>Copy the photo straight from the phone with a USB cable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the photo from the phone or camera again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the photo as it came from the phone or camera, before any editing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the full-size photo as it came from the phone or camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that this is the file the phone or camera made; if it is, you can send it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again; if it happens again, send the photo with a note explaining where it comes from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for the photo to be sent as a file; in Zalo, send it as a file or choose the original (HD) photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the phone or USB stick is still connected, then add the photo again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a folder, not a photo file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder and choose the photos inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close any program that is using the photo, or copy it to the computer first, then add it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty (0 bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is far too large to be a photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the photo file that the phone or camera made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture claims to be far larger than any camera photo, so it was not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo file is damaged or incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a photo (JPEG or HEIC) taken by a phone or camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking this photo took too long and was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo could not be checked because of a fault in this program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a {format} file, not a photo as a phone or camera saves it (JPEG or HEIC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the photo the phone or camera took, not a screenshot or a converted copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no camera information (EXIF): it was saved again by a program or app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The camera information (EXIF) in the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file does not say which phone or camera took it: the camera information was removed or replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo was saved by a photo editing program or app: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file contains data written by Adobe Photoshop or a similar editing program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo was downloaded from a social network (Facebook or similar), which compresses photos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the person who took the photo to send you the original file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture is {real} pixels but the camera recorded {recorded}: it was resized or cropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture was compressed again by a computer program; only the camera information was copied over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file names the phone or camera only in part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture is {real} pixels but the camera recorded {recorded}: it may have been turned or trimmed by a program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the photo as it came from the phone or camera, without turning or cropping it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The camera maker's own notes (MakerNote) are missing from the file: a program may have rewritten it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The small preview the camera stored in the file does not match the picture: it was probably cropped or turned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture data is laid out the way computer programs save JPEG files, not the way most cameras do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo's details were changed on a computer (for example a rating or tags were added).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file contains caption or copyright details (IPTC), usually added by a program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is the kind {app} gives to photos it received: the photo was probably compressed on the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name says it is a screenshot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the photo itself, not a screenshot of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture is small ({long} pixels on its long side); photos from phones and cameras are larger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoRow</name>
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
            <source>The file {name} is {size} MB: too large to be a photo.</source>
            <translation>Tệp {name} nặng {size} MB: quá lớn để là một tấm ảnh.</translation>
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
            <source>{name} is already in this item.</source>
            <translation>{name} đã có trong tin, bài này.</translation>
        </message>
    </context>
    <context>
        <name>Quota</name>
        <message>
            <source>No valid date was given; today's date from the computer is used.</source>
            <translation>Không có ngày hợp lệ; dùng ngày hôm nay theo đồng hồ của máy tính.</translation>
        </message>
        <message>
            <source>The date {date} looks wrong; check the computer's clock.</source>
            <translation>Ngày {date} có vẻ không đúng; hãy kiểm tra đồng hồ của máy tính.</translation>
        </message>
        <message>
            <source>{count} sent item(s) have no valid send date and are not counted.</source>
            <translation>Có {count} tin, bài đã gửi không có ngày gửi hợp lệ nên không được tính.</translation>
        </message>
        <message>
            <source>{count} item(s) were sent after {date}; check the computer's clock.</source>
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
            <source>The unit level “{level}” is not in the quota rules in use ({rules}). Choose the unit's level again in the profile; the levels are: {levels}.</source>
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
            <source>an object</source>
            <translation>một đối tượng JSON</translation>
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
            <source>true/false</source>
            <translation>giá trị true/false</translation>
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
            <translation>giá trị rỗng (null)</translation>
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
            <source>Review and bundle</source>
            <translation>Xem lại và tạo hồ sơ</translation>
        </message>
        <message>
            <source>This is the item as the editorial board will read it. Check it once more, then build the bundle.</source>
            <translation>Đây là tin, bài đúng như Ban Biên tập sẽ đọc. Hãy xem lại một lần nữa, rồi tạo bộ hồ sơ.</translation>
        </message>
        <message>
            <source>The item as the board will read it</source>
            <translation>Tin, bài như Ban Biên tập sẽ đọc</translation>
        </message>
        <message>
            <source>&amp;Build the bundle</source>
            <translation>&amp;Tạo bộ hồ sơ</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Mở thư mục</translation>
        </message>
        <message>
            <source>&amp;Copy the email text</source>
            <translation>Chép nội dung &amp;email</translation>
        </message>
        <message>
            <source>Building…</source>
            <translation>Đang tạo…</translation>
        </message>
        <message>
            <source>&amp;Build the bundle again</source>
            <translation>&amp;Tạo lại bộ hồ sơ</translation>
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
        <name>Services</name>
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
            <source>Authors</source>
            <translation>Tác giả</translation>
        </message>
        <message>
            <source>Saved authors</source>
            <translation>Tác giả đã lưu</translation>
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
            <source>&amp;Editorial board's email address</source>
            <translation>Địa chỉ &amp;email của Ban Biên tập</translation>
        </message>
        <message>
            <source>Your data (drafts, photos, outbox) is kept in {folder}.</source>
            <translation>Dữ liệu của bạn (bản nháp, ảnh, hộp thư đi) được lưu trong {folder}.</translation>
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
        <message>
            <source>This does not look like an email address.</source>
            <translation>Đây không giống một địa chỉ email.</translation>
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
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The data folder {folder} cannot be created ({error}). Choose another folder or ask for write permission.</source>
            <translation>Không tạo được thư mục dữ liệu {folder} ({error}). Hãy chọn thư mục khác hoặc xin quyền ghi.</translation>
        </message>
        <message>
            <source>The data file {file} cannot be opened ({error}). Close other copies of TinBài, check the folder's permissions, then try again.</source>
            <translation>Không mở được tệp dữ liệu {file} ({error}). Hãy đóng các cửa sổ TinBài khác, kiểm tra quyền của thư mục, rồi thử lại.</translation>
        </message>
        <message>
            <source>The data file was damaged ({error}). It was kept as {file}; {count} drafts and profiles were rescued from it. Photos are safe in the photos folder.</source>
            <translation>Tệp dữ liệu bị hỏng ({error}). Tệp cũ được giữ lại với tên {file}; đã cứu được {count} bản nháp và hồ sơ từ đó. Ảnh vẫn an toàn trong thư mục photos.</translation>
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
            <source>Type the account holder's name as the bank knows it.</source>
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
            <source>Photo {number} does not look like an original: replace it, or write why it must be sent as it is.</source>
            <translation>Ảnh {number} có vẻ không phải ảnh gốc: hãy thay ảnh khác, hoặc ghi rõ lý do vẫn phải gửi ảnh này.</translation>
        </message>
        <message>
            <source>Type the author's name.</source>
            <translation>Nhập họ tên tác giả.</translation>
        </message>
        <message>
            <source>Type the author's unit.</source>
            <translation>Nhập đơn vị công tác của tác giả.</translation>
        </message>
        <message>
            <source>Type who approved the content (name).</source>
            <translation>Nhập họ tên người duyệt nội dung.</translation>
        </message>
        <message>
            <source>Type the approver's position.</source>
            <translation>Nhập chức vụ của người duyệt.</translation>
        </message>
        <message>
            <source>Confirm that the unit's leadership approved the content.</source>
            <translation>Xác nhận lãnh đạo đơn vị đã duyệt nội dung.</translation>
        </message>
    </context>
</TS>
