package io.gongxin.cluster;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain HTTP to a node, as a client behind the load balancer calls it: Basic authentication or none. */
final class NodeClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String authorization;

	private NodeClient(String authorization) {
		this.authorization = authorization;
	}

	static NodeClient anonymous() {
		return new NodeClient(null);
	}

	static NodeClient as(String user, String password) {
		return new NodeClient("Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	HttpResponse<String> get(AppNode node, String path) throws Exception {
		return send(request(node, path).GET());
	}

	HttpResponse<String> get(AppNode node, String path, String accept) throws Exception {
		return send(request(node, path).header("Accept", accept).GET());
	}

	HttpResponse<String> post(AppNode node, String path, String json) throws Exception {
		return send(request(node, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> put(AppNode node, String path, String json) throws Exception {
		return send(request(node, path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** The response's body, after checking its status. */
	String expect(int status, HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(),
				response.body()).isEqualTo(status);
		return response.body();
	}

	/** {@code POST /api/v1/batches}: the file streamed from disk; the batch's id. */
	String uploadBatch(AppNode node, Path file, String item) throws Exception {
		String boundary = "gongxin-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"item\"\r\n\r\n" + item + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = send(request(node, "/api/v1/batches")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail))));
		return JsonPath.read(expect(202, response), "$.id");
	}

	private HttpRequest.Builder request(AppNode node, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
