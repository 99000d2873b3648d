package org.ascend.gateway.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;

/**
 * The last word on error bodies: any error response about to leave with an empty body gets a
 * problem+json body. Most such responses never reach Spring: the HTTP decoder's own refusals (URI
 * too long, headers too large, a malformed request line) are written by Reactor Netty directly, and
 * the CORS refusal completes the response without a body.
 */
@Component
class ProblemBodiesForBareErrors implements NettyServerCustomizer {

    @Override
    public reactor.netty.http.server.HttpServer apply(reactor.netty.http.server.HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "ascendProblemBodies", new Handler());
            }
        });
    }

    /** One per connection: remembers the request's method (a HEAD answer must stay empty). */
    static final class Handler extends ChannelDuplexHandler {

        private HttpMethod method;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request) {
                method = request.method();
            }
            context.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            if (message instanceof FullHttpResponse response && response.status().code() >= 400
                    && response.content().readableBytes() == 0 && !HttpMethod.HEAD.equals(method)) {
                context.write(withProblemBody(response), promise);
                return;
            }
            context.write(message, promise);
        }

        private static FullHttpResponse withProblemBody(FullHttpResponse response) {
            int status = response.status().code();
            byte[] body = Problems.json(Problems.body(status, "http-" + status, response.status().reasonPhrase(),
                    detail(status), null, response.headers().get(CorrelationIdFilter.HEADER)));
            FullHttpResponse replaced = response.replace(Unpooled.wrappedBuffer(body));
            response.release();
            replaced.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            replaced.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            return replaced;
        }

        private static String detail(int status) {
            return switch (status) {
                case 414 -> "The URL is too long. Send fewer or shorter query parameters.";
                case 431 -> "The request headers are too large. Send fewer or smaller headers.";
                case 403 -> "The request was refused. From a browser: this page's origin may not call the API.";
                case 400 -> "The request is malformed: check its URL, method and headers, and send it again.";
                default -> "The request could not be handled.";
            };
        }
    }
}
