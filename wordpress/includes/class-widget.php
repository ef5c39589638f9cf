<?php
/**
 * The markup of one widget, for the block and the shortcode alike.
 *
 * @package Microcredential_Widgets
 */

namespace Microcredential_Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Puts a prerendered finding together: the element, its declarative shadow
 * root (the stylesheet, then the prerendered content) and the fallback text,
 * which shows where declarative shadow DOM does not (feed readers, old
 * browsers). The element's script takes the card over without a layout shift.
 *
 * Bad input never breaks the post: a finding that cannot be shown leaves an
 * HTML comment for readers and a short note for the post's editors; a wrong
 * theme or locale shows the widget in the default and the note.
 */
final class Widget {

	/**
	 * The widget, or what stands in for it.
	 *
	 * @param Widget_Request $request          Checked attributes.
	 * @param string         $extra_attributes More attributes for the element, already escaped (the block's wrapper attributes).
	 * @return string HTML.
	 */
	public static function render( Widget_Request $request, $extra_attributes = '' ) {
		if ( is_feed() ) {
			return $request->can_show() ? self::fallback( $request ) : self::comment();
		}
		$note = self::note_for_editors( $request );
		if ( ! $request->can_show() ) {
			return self::comment() . $note;
		}
		Assets::enqueue_module();
		return $note . self::element( $request, $extra_attributes );
	}

	/**
	 * The element with its shadow root and fallback text.
	 *
	 * @param Widget_Request $request          A request that can_show().
	 * @param string         $extra_attributes More attributes, already escaped.
	 * @return string
	 */
	private static function element( Widget_Request $request, $extra_attributes ) {
		$prerendered = Prerendered::finding( $request->finding, $request->language );
		$attributes  = sprintf(
			'finding="%s" theme="%s" locale="%s"',
			esc_attr( $request->finding ),
			esc_attr( $request->theme ),
			esc_attr( $request->language )
		);
		if ( '' !== $extra_attributes ) {
			$attributes .= ' ' . $extra_attributes;
		}
		return '<' . $request->tag . ' ' . $attributes . '>'
			. Prerendered::template() . '<style>' . Prerendered::style( $request->tag ) . '</style>' . $prerendered['shadow'] . '</template>'
			. $prerendered['fallback']
			. '</' . $request->tag . '>';
	}

	/**
	 * The fallback text alone, for feeds.
	 *
	 * @param Widget_Request $request A request that can_show().
	 * @return string
	 */
	private static function fallback( Widget_Request $request ) {
		return Prerendered::finding( $request->finding, $request->language )['fallback'];
	}

	/**
	 * What readers get instead of a finding that cannot be shown.
	 *
	 * @return string
	 */
	private static function comment() {
		return '<!-- microcredential-widgets: a finding could not be shown; editors of this post see why. -->';
	}

	/**
	 * A short visible note, only for people who can edit the post (or, outside a post, any post).
	 *
	 * @param Widget_Request $request Checked attributes.
	 * @return string
	 */
	private static function note_for_editors( Widget_Request $request ) {
		if ( ! $request->problems || ! self::viewer_can_edit() ) {
			return '';
		}
		$heading = $request->can_show()
			? __( 'Microcredential widget:', 'microcredential-widgets' )
			: __( 'Microcredential widget not shown:', 'microcredential-widgets' );
		return sprintf(
			'<p class="microcredential-widgets-note" role="note" style="border:2px dashed currentColor;padding:0.5em 0.75em"><strong>%s</strong> %s <small>%s</small></p>',
			esc_html( $heading ),
			esc_html( implode( ' ', $request->problems ) ),
			esc_html__( '(Only editors of this post see this note.)', 'microcredential-widgets' )
		);
	}

	/**
	 * Whether the current viewer may edit what holds the widget.
	 *
	 * @return bool
	 */
	private static function viewer_can_edit() {
		$post_id = get_the_ID();
		return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	}
}
