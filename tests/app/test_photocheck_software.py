"""Firmware versus editors in Software fields; messenger and screenshot file names."""

from __future__ import annotations

import pytest

from app.photocheck.names import is_screenshot_name, messenger_app
from app.photocheck.software import EDITOR, FIRMWARE, NONE, classify

FIRMWARE_CASES = [
    # (Software, Make, Model) as cameras and phones write them
    ("I9505XXUGNG8", "SAMSUNG", "GT-I9505"),
    ("G935LKLU1APL1", "samsung", "SM-G935L"),
    ("13.4.1", "Apple", "iPhone 11 Pro"),
    ("8.0", "Apple", "iPhone 6"),
    ("Ver.1.00", "NIKON CORPORATION", "NIKON D90"),
    ("Ver.2.00 ", "NIKON CORPORATION", "NIKON D100"),
    ("E775v1.1u", "NIKON", "E775"),
    ("COOLPIX P6000V1.0", "NIKON", "COOLPIX P6000"),
    ("Firmware Version 1.0.1", "Canon", "Canon EOS 5D Mark III"),
    ("Digital Camera DSC-H9 Ver1.0", "SONY", "DSC-H9"),
    ("DSLR-A200 v1.00", "SONY", "DSLR-A200"),
    ("ILCE-7M3 v3.01", "SONY", "ILCE-7M3"),
    ("R1BA042     prg1205-9079_GENERIC_SI 00.00", "Sony Ericsson", "C905c"),
    ("Digital Camera FinePix S5700 Ver1.00", "FUJIFILM", "FinePix S5700 S700"),
    ("Digital Camera X-T2 Ver4.00", "FUJIFILM", "X-T2"),
    ("Version 1.0", "OLYMPUS IMAGING CORP.", "E-M5"),
    ("PENTAX K-x      Ver 1.00", "PENTAX", "PENTAX K-x"),
    ("KODAK EASYSHARE C813 ZOOM DIGITAL CAMERA", "EASTMAN KODAK COMPANY",
     "KODAK EASYSHARE C813 ZOOM DIGITAL CAMERA"),
    ("HDR+ 1.0.199571065z", "Google", "Pixel 3"),
    ("ginkgo-user 10 QKQ1.200114.002 V12.0.3.0.QCOMIXM release-keys", "Xiaomi",
     "Redmi Note 8"),
    ("MediaTek Camera Application", "OPPO", "CPH1909"),
    ("VOG-L29 10.1.0.162(C432E5R1P3)", "HUAWEI", "VOG-L29"),
    ("HUAWEI P30 Pro", "HUAWEI", "VOG-L29"),
    ("58.1.A.5.159", "Sony", "J9110"),
    ("HD7.01.01.90.00", "GoPro", "HERO7 Black"),
    ("v01.08.1719", "DJI", "FC3170"),
    ("Windows Phone", "NOKIA", "Lumia 920"),
    ("Leica Q Version 3.0", "LEICA CAMERA AG", "LEICA Q (Typ 116)"),
]

EDITOR_CASES = [
    ("Adobe Photoshop 25.0 (Windows)", "Canon", "Canon EOS 80D"),
    ("Adobe Photoshop 7.0", "Canon", "Canon EOS D60"),
    ("Adobe Photoshop Lightroom Classic 12.0 (Windows)", "NIKON", "NIKON D750"),
    ("GIMP 2.10.32", None, None),
    ("ACD Systems Digital Imaging", None, None),
    ("Picasa", "Canon", "Canon PowerShot G11"),
    ("Snapseed 2.0", "Apple", "iPhone 8"),
    ("PicsArt", "samsung", "SM-A505F"),
    ("Meitu", "OPPO", "CPH1909"),
    ("Windows Photo Editor 10.0.10011.16384", "Apple", "iPhone 7"),
    ("ImageMagick 7.1.0-4", "Canon", "Canon EOS 80D"),
    ("Nikon Transfer 1.1 W", "NIKON", "COOLPIX P6000"),
    ("Capture NX 2.4.7 W", "NIKON CORPORATION", "NIKON D90"),
    ("Canon Digital Photo Professional", "Canon", "Canon EOS 80D"),
    # Editors on no list: recognised because words remain once versions and the camera's
    # own name are removed.
    ("Fotor Photo Editor 3.2", "Apple", "iPhone 8"),
    ("Polarr", "Apple", "iPhone X"),
    ("Bazaart 3.1", "Apple", "iPhone 13"),
    ("SuperFilterStudio", "samsung", "SM-G991B"),
    ("Retouchly Pro 5", "Xiaomi", "Redmi Note 9"),
    ("Photos 5.0", "Apple", "iPhone 11"),
]


@pytest.mark.parametrize("value,make,model", FIRMWARE_CASES)
def test_firmware(value, make, model):
    assert classify(value, make, model).kind == FIRMWARE


@pytest.mark.parametrize("value,make,model", EDITOR_CASES)
def test_editors(value, make, model):
    result = classify(value, make, model)
    assert result.kind == EDITOR and result.is_editor
    assert result.words


@pytest.mark.parametrize("value", [None, "", "   ", "\x00\x00"])
def test_empty(value):
    assert classify(value, "Canon", "x").kind == NONE


def test_camera_own_name_is_not_an_editor_but_its_desktop_program_is():
    assert classify("COOLPIX P6000", "NIKON", "COOLPIX P6000").kind == FIRMWARE
    assert classify("Nikon ViewNX 2", "NIKON", "COOLPIX P6000").kind == EDITOR


@pytest.mark.parametrize("name,app", [
    ("received_1234567890123456.jpeg", "Facebook Messenger"),
    ("received_123456789012345.jpeg", "Facebook Messenger"),
    ("received_12345678901234567.jpeg", "Facebook Messenger"),
    ("FB_IMG_1589012345678.jpg", "Facebook"),
    ("IMG-20240506-WA0012.jpg", "WhatsApp"),
    ("photo_2024-05-06_07-08-09.jpg", "Telegram"),
    ("z5058321254178_a9b62d0e1a0d5c5e16a7cda5bf3f0e5f.jpg", "Zalo"),
    ("Zalo_20240506.jpg", "Zalo"),
    ("viber_image_2024-05-06_07-08-09-123.jpg", "Viber"),
    ("mmexport1589012345678.jpg", "WeChat"),
    ("signal-2024-05-06-070809.jpg", "Signal"),
    ("123456789_1234567890123456_1234567890123456789_n.jpg", "Facebook"),
])
def test_messenger_names(name, app):
    assert messenger_app(name) == app


@pytest.mark.parametrize("name", [
    "IMG_1034.HEIC", "DSC_0001.JPG", "20240506_070809.jpg", "IMG_20240506_070809.jpg",
    "PXL_20240506_070809123.jpg", "received_1234.jpeg", "Hội nghị công đoàn.jpg",
    "P1010001.JPG", "DSCN0010.jpg", "anh_zalopay_hoa_don.jpg",
])
def test_camera_names(name):
    assert messenger_app(name) is None
    assert not is_screenshot_name(name)


@pytest.mark.parametrize("name", [
    "Screenshot_20240506-070809.png", "Screenshot 2024-05-06 at 07.08.09.png",
    "Ảnh chụp màn hình (12).png", "A\u0309nh chu\u0323p ma\u0300n hi\u0300nh.png",
])
def test_screenshot_names(name):
    assert is_screenshot_name(name)
