package io.gongxin.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A small scanned page, as a person would photograph a document: the demo objections' evidence. */
final class ScannedPage {

	private ScannedPage() {
	}

	/** A PNG page showing the text. */
	static byte[] png(String text) {
		BufferedImage page = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 480, 240);
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
		g.drawString(text, 20, 120);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(page, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
