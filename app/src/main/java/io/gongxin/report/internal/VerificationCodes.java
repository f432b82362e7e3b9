package io.gongxin.report.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * where a report is verified, printed on it in words and as a QR code (ADR 0020): the portal's verification
 * page with the report number in its address, on the platform's public address ({@code gongxin.public-base-url}),
 * so that scanning the code opens the result at once.
 */
@Component
class VerificationCodes {

	/** Pixels per module of the code: about 3 cm on paper at the size the report prints it. */
	private static final int SCALE = 4;

	private final String base;

	VerificationCodes(@Value("${gongxin.public-base-url:http://localhost:8080}") String base) {
		this.base = base.replaceAll("/+$", "");
	}

	/** The verification page's absolute address for this report number. */
	String address(String number) {
		return base + "/portal/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
	}

	/** The address as a QR code, a PNG in a {@code data:} URI that browsers and openhtmltopdf both show. */
	String qrCode(String address) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			BufferedImage image = new BufferedImage(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE,
					BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < image.getWidth(); x++) {
				for (int y = 0; y < image.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("no QR code for " + address, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
