package com.secutix.payments.platform.web.strictness;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A Netty handler just behind the HTTP codec that gives a body to the error answers written without
 * one (a 4xx or 5xx with no {@code Content-Type} and no content): the problem+json of
 * {@link BareRefusals}. Those answers come from below the application (Reactor Netty's decoding
 * failures, Spring's adapter, Spring Security's firewall); every answer of the application itself
 * already has its body and passes unchanged. Answers to {@code HEAD} stay without a body.
 */
class BareRefusalsAsProblems extends ChannelDuplexHandler {

    static final String NAME = "platformBareRefusalsAsProblems";

    private final BareRefusals refusals;
    private final JsonMapper jsonMapper;
    private final Deque<BareRefusals.SeenRequest> requests = new ArrayDeque<>();

    BareRefusalsAsProblems(BareRefusals refusals, JsonMapper jsonMapper) {
        this.refusals = refusals;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
        if (message instanceof HttpRequest request) {
            requests.addLast(new BareRefusals.SeenRequest(request.method().name(), request.uri(),
                    request.decoderResult().isFailure() ? request.decoderResult().cause() : null));
        }
        super.channelRead(context, message);
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
        if (message instanceof HttpResponse response && response.status().code() >= 200) {
            BareRefusals.SeenRequest request = requests.isEmpty() ? BareRefusals.SeenRequest.UNKNOWN : requests.pollFirst();
            if (response instanceof FullHttpResponse full && isBareError(full) && !"HEAD".equals(request.method())) {
                super.write(context, withProblem(full, refusals.problemFor(full.status().code(), request)), promise);
                return;
            }
        }
        super.write(context, message, promise);
    }

    private static boolean isBareError(FullHttpResponse response) {
        return response.status().code() >= 400 && response.content().readableBytes() == 0
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
    }

    private FullHttpResponse withProblem(FullHttpResponse bare, ProblemDetail problem) {
        byte[] json = jsonMapper.writeValueAsBytes(problem);
        FullHttpResponse answer = bare.replace(Unpooled.wrappedBuffer(json));
        bare.release();
        answer.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, json.length);
        return answer;
    }
}
